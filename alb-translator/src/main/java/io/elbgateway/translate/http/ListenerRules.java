/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import io.elbgateway.model.elb.ListenerRule;
import io.elbgateway.translate.GatewayContext;
import io.elbgateway.translate.attach.ListenerPort;
import io.elbgateway.translate.targets.TargetGroupRegistry;
import java.util.List;
import java.util.Map;

/** STUB (helper replaces): the ALB rules of every listener port of a Gateway. */
public final class ListenerRules {
  private ListenerRules() {}

  /** Keyed by listener key ({@code ElbKeys.listener}). */
  public static Map<String, List<ListenerRule>> build(
      GatewayContext context, List<ListenerPort> ports, TargetGroupRegistry targets) {
    return Map.of();
  }
}
