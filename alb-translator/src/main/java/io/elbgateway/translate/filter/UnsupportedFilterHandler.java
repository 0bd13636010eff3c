/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.filter;

import io.elbgateway.model.gateway.GRPCRouteFilter;
import io.elbgateway.model.gateway.HTTPRouteFilter;
import io.elbgateway.translate.spi.FilterHandler;
import io.elbgateway.translate.spi.RuleDraft;
import io.elbgateway.translate.status.Reasons;

/**
 * A filter type ALB has no per-rule equivalent for: the rule that uses it is dropped with
 * {@code UnsupportedValue} and a message saying why and what to do instead; the route's other rules
 * still work. One instance per filter type (see {@link BuiltInFilters}).
 */
final class UnsupportedFilterHandler implements FilterHandler {

  private final String filterType;
  private final String why;

  /**
   * A handler for {@code filterType}; {@code why} completes the message "filter X is not supported:
   * ...".
   */
  UnsupportedFilterHandler(String filterType, String why) {
    this.filterType = filterType;
    this.why = why;
  }

  @Override
  public String filterType() {
    return filterType;
  }

  @Override
  public void apply(HTTPRouteFilter filter, String path, RuleDraft draft) {
    drop(path, draft);
  }

  @Override
  public void apply(GRPCRouteFilter filter, String path, RuleDraft draft) {
    drop(path, draft);
  }

  private void drop(String path, RuleDraft draft) {
    draft.drop(Reasons.UNSUPPORTED_VALUE, path + ": filter " + filterType + " is not supported: " + why);
  }
}
