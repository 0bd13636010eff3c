/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.attach;

import io.elbgateway.translate.status.Reasons;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ALB quota on listeners per load balancer ({@code AlbQuotas.listenersPerLoadBalancer}, 50 by
 * default): each port is one ALB listener. Ports are taken in listener precedence order (the
 * Gateway's listeners, then ListenerSet entries); the usable listeners on ports past the quota get
 * {@code Accepted=False/PortUnavailable}, so that AWS never sees a listener it would refuse.
 */
final class ListenerQuota {

  private ListenerQuota() {}

  static void apply(List<ListenerDraft> listeners, int maxPorts) {
    Set<Integer> ports = new LinkedHashSet<>();
    for (ListenerDraft listener : listeners) {
      if (!listener.usable()) {
        continue;
      }
      if (ports.contains(listener.port()) || ports.size() < maxPorts) {
        ports.add(listener.port());
      } else {
        listener.notAccepted(
            Reasons.PORT_UNAVAILABLE,
            listener.field(".port")
                + ": the load balancer already has "
                + maxPorts
                + " listener ports, the ALB quota of listeners per load balancer; "
                + "serve this listener on a port already in use or ask AWS for a higher quota "
                + "(and raise the translator's listenersPerLoadBalancer option)");
      }
    }
  }
}
