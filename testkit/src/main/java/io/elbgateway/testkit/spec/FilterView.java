/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import io.elbgateway.model.gateway.GRPCRouteFilter;
import io.elbgateway.model.gateway.HTTPRequestRedirectFilter;
import io.elbgateway.model.gateway.HTTPRouteFilter;
import io.elbgateway.model.gateway.HTTPURLRewriteFilter;
import io.elbgateway.model.meta.LocalObjectReference;
import java.util.Optional;

/** An HTTPRoute or GRPCRoute filter, reduced to what the model simulates. */
record FilterView(
    String type,
    Optional<HTTPRequestRedirectFilter> redirect,
    Optional<HTTPURLRewriteFilter> rewrite,
    Optional<LocalObjectReference> extensionRef) {

  static FilterView of(HTTPRouteFilter filter) {
    return new FilterView(filter.type().toString(), filter.requestRedirect(), filter.urlRewrite(), filter.extensionRef());
  }

  static FilterView of(GRPCRouteFilter filter) {
    return new FilterView(filter.type().toString(), Optional.empty(), Optional.empty(), filter.extensionRef());
  }
}
