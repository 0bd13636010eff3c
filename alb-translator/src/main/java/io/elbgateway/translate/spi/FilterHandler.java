/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.spi;

import io.elbgateway.model.gateway.GRPCRouteFilter;
import io.elbgateway.model.gateway.HTTPRouteFilter;
import io.elbgateway.translate.status.Reasons;

/**
 * Translates one filter type of HTTPRoute and GRPCRoute rules ({@code RequestRedirect},
 * {@code URLRewrite}, ...) into contributions to the rule's {@link RuleDraft}. The built-in
 * handlers are registered like any plugin; a handler registered later for the same type replaces
 * the earlier one.
 */
public interface FilterHandler {

  /** The filter type this handler translates, as in {@code filters[].type}. */
  String filterType();

  /** Translates an HTTPRoute rule filter; {@code path} is its field path. */
  void apply(HTTPRouteFilter filter, String path, RuleDraft draft);

  /** Translates a GRPCRoute rule filter; unless overridden, the filter is reported as unsupported. */
  default void apply(GRPCRouteFilter filter, String path, RuleDraft draft) {
    draft.drop(Reasons.UNSUPPORTED_VALUE, path + ": filter " + filterType() + " is not supported on GRPCRoute by ALB");
  }
}
