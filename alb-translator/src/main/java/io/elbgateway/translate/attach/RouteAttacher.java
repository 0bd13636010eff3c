/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.attach;

import io.elbgateway.translate.GatewayContext;
import java.util.List;

/** STUB (helper replaces): attaches routes to listeners and groups listeners into ports. */
public final class RouteAttacher {
  private RouteAttacher() {}

  /** The ALB listener ports of the Gateway, each with its usable listeners and attached routes. */
  public static List<ListenerPort> attach(GatewayContext context, List<ResolvedListener> listeners) {
    return List.of();
  }
}
