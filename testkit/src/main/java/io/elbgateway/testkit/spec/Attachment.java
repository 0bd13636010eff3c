/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import io.elbgateway.model.gateway.FromNamespaces;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.Listener;
import io.elbgateway.model.gateway.ProtocolType;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.gateway.RouteNamespaces;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.meta.ParentReference;
import io.elbgateway.model.meta.RouteGroupKind;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Whether a route attaches to a listener, and with which hostnames (§5, §3.4). */
final class Attachment {

  static final String GATEWAY_GROUP = "gateway.networking.k8s.io";

  private Attachment() {}

  /**
   * The hostnames {@code route} serves through {@code listener} of {@code gateway}, or empty when
   * it does not attach there. §5.1: some parentRef names the Gateway, with a {@code sectionName}
   * equal to the listener's name and a {@code port} equal to its port where those are set; §5.2:
   * the listener allows the route's kind and namespace; §3.4: the hostnames intersect.
   */
  static Optional<List<String>> hostnames(
      ClusterSnapshot snapshot, Gateway gateway, Listener listener, Route route) {
    ObjectKey gatewayKey = gateway.key();
    String routeNamespace = route.metadata().namespace().orElse("default");
    boolean selected = false;
    for (ParentReference parent : route.parentRefs()) {
      if (ClusterSnapshot.parentKey(parent, routeNamespace).equals(gatewayKey)
          && parent.sectionName().map(listener.name()::equals).orElse(true)
          && parent.port().map(p -> p == listener.port()).orElse(true)) {
        selected = true;
      }
    }
    if (!selected
        || !kindAllowed(listener, route)
        || !namespaceAllowed(snapshot, gateway, listener, routeNamespace)) {
      return Optional.empty();
    }
    return Hostnames.intersect(listener.hostname(), route.hostnames());
  }

  /**
   * §5.2 kinds: the listed kinds, or when none are listed the kinds of the protocol (HTTP/HTTPS:
   * HTTPRoute and GRPCRoute).
   */
  static boolean kindAllowed(Listener listener, Route route) {
    List<RouteGroupKind> kinds = listener.allowedRoutes().kinds();
    if (kinds.isEmpty()) {
      boolean http = listener.hasProtocol(ProtocolType.HTTP) || listener.hasProtocol(ProtocolType.HTTPS);
      return http
          && route.group().equals(GATEWAY_GROUP)
          && (route.kind().equals("HTTPRoute") || route.kind().equals("GRPCRoute"));
    }
    return kinds.stream().anyMatch(k -> k.group().equals(route.group()) && k.kind().equals(route.kind()));
  }

  /**
   * §5.2 namespaces: {@code Same} (default) the Gateway's namespace, {@code All}, or
   * {@code Selector} matching the namespace's labels, which always include
   * {@code kubernetes.io/metadata.name} (the API server sets it, even when the snapshot lacks the
   * Namespace object). {@code Selector} without a selector and {@code None} allow nothing.
   */
  static boolean namespaceAllowed(
      ClusterSnapshot snapshot, Gateway gateway, Listener listener, String routeNamespace) {
    RouteNamespaces namespaces = listener.allowedRoutes().namespaces();
    FromNamespaces from = namespaces.from();
    switch (from) {
      case ALL:
        return true;
      case SAME:
        return routeNamespace.equals(gateway.metadata().namespace().orElse("default"));
      case SELECTOR:
        Map<String, String> labels = snapshot.namespaceLabels(routeNamespace);
        if (labels.isEmpty()) {
          labels = Map.of("kubernetes.io/metadata.name", routeNamespace);
        }
        Map<String, String> finalLabels = labels;
        return namespaces.selector().map(s -> s.matches(finalLabels)).orElse(false);
      default:
        return false;
    }
  }
}
