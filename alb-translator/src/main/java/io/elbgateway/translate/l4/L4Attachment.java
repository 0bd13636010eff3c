/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.l4;

import io.elbgateway.model.gateway.Route;
import io.elbgateway.translate.DeviationCode;
import io.elbgateway.translate.status.RouteParentRecorder;
import io.elbgateway.translate.status.StatusCollector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One parentRef of a route naming a Network Load Balancer Gateway: the listeners it attached to
 * (with the hostnames it serves on each, for TLS certificate discovery), and, once the route of
 * every port is chosen, whether it carries traffic anywhere and why not.
 */
final class L4Attachment {

  final Route route;
  final int refIndex;
  final RouteParentRecorder status;
  /** Listener index to the route's effective hostnames on it. */
  final Map<Integer, List<String>> listeners = new TreeMap<>();
  final List<String> losses = new ArrayList<>();
  boolean carries;

  L4Attachment(Route route, int refIndex, RouteParentRecorder status) {
    this.route = route;
    this.refIndex = refIndex;
    this.status = status;
  }

  /**
   * Writes the outcome: attached where it carries traffic, else not accepted with every loss. A
   * route that carries one port but loses another is Accepted (the spec accepts a route that at
   * least one listener accepts), and its losses are declared as {@link DeviationCode#OTHER} on the
   * parentRef, so that the ports it does not carry are never lost silently.
   */
  void record(String reason, StatusCollector statuses) {
    if (carries) {
      status.attached();
      if (!losses.isEmpty()) {
        statuses.deviation(
            route, ".spec.parentRefs[" + refIndex + "]", DeviationCode.OTHER,
            "the route carries other ports of the Gateway, but not these: " + String.join("; ", losses));
      }
    } else if (!losses.isEmpty()) {
      status.notAccepted(reason, ".spec.parentRefs[" + refIndex + "]: " + String.join("; ", losses));
    }
  }
}
