/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.lb;

import io.elbgateway.model.elb.Listener;
import io.elbgateway.translate.GatewayContext;
import io.elbgateway.translate.attach.ListenerPort;
import java.util.List;

/** STUB (helper replaces): the desired ALB listeners of a Gateway. */
public final class Listeners {
  private Listeners() {}

  /** One ALB listener per port, with certificates, policies, attributes and the 404 default action. */
  public static List<Listener> build(GatewayContext context, List<ListenerPort> ports) {
    return List.of();
  }
}
