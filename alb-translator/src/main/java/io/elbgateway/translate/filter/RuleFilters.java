/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.filter;

import io.elbgateway.model.gateway.Route;
import io.elbgateway.translate.GatewayContext;
import io.elbgateway.translate.spi.RuleDraft;

/** STUB (helper replaces): runs a route rule's filters through the registered handlers. */
public final class RuleFilters {
  private RuleFilters() {}

  /** The draft of rule {@code ruleIndex} of {@code route} on a listener, after its filters. */
  public static RuleDraft draft(GatewayContext context, Route route, int ruleIndex, boolean https) {
    return new RuleDraft(route, ruleIndex, https, context.snapshot(), context.statuses());
  }
}
