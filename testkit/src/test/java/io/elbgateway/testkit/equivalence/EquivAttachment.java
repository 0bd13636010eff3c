/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.equivalence;

import io.elbgateway.model.gateway.AllowedRoutes;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.ListenerEntry;
import io.elbgateway.model.gateway.ListenerSet;
import io.elbgateway.model.gateway.ReferenceGrant;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.meta.ParentReference;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import java.util.Optional;

/**
 * The attachment rules the security property checks, written here independently of the
 * translator: which routes a listener on a port lets in ({@code allowedRoutes}, §5), and which
 * cross-namespace backends a ReferenceGrant allows.
 */
final class EquivAttachment {

  private EquivAttachment() {}

  /**
   * Whether {@code route} may attach to a listener on {@code port} of {@code gateway}, directly or
   * through a ListenerSet: it names the parent (with a matching sectionName and port, if given),
   * and the listener's allowedRoutes admit its namespace and kind.
   */
  static boolean mayAttach(ClusterSnapshot snapshot, Gateway gateway, Route route, int port) {
    String routeNs = route.metadata().namespace().orElse("");
    for (ParentReference ref : route.parentRefs()) {
      String refNs = ref.namespace().orElse(routeNs);
      if (ref.kind().equals("Gateway")
          && ref.name().equals(gateway.metadata().name())
          && refNs.equals(gateway.metadata().namespace().orElse(""))) {
        for (var listener : gateway.spec().listeners()) {
          if (listener.port() == port
              && fits(ref, listener.name(), listener.port())
              && allowed(snapshot, listener.allowedRoutes(), gateway.metadata().namespace().orElse(""), route)) {
            return true;
          }
        }
      }
      if (ref.kind().equals("ListenerSet")) {
        for (ListenerSet set : snapshot.listenerSetsFor(gateway.key())) {
          String setNs = set.metadata().namespace().orElse("");
          if (!set.metadata().name().equals(ref.name()) || !setNs.equals(refNs)) {
            continue;
          }
          for (ListenerEntry entry : set.spec().listeners()) {
            if (entry.port() == port && fits(ref, entry.name(), entry.port())
                && allowed(snapshot, entry.allowedRoutes(), setNs, route)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private static boolean fits(ParentReference ref, String listenerName, int listenerPort) {
    return ref.sectionName().map(listenerName::equals).orElse(true)
        && ref.port().map(p -> p == listenerPort).orElse(true);
  }

  private static boolean allowed(ClusterSnapshot snapshot, AllowedRoutes allowed, String ownerNs, Route route) {
    String routeNs = route.metadata().namespace().orElse("");
    boolean namespace =
        switch (allowed.namespaces().from()) {
          case ALL -> true;
          case SAME -> routeNs.equals(ownerNs);
          case SELECTOR -> allowed.namespaces().selector()
              .map(s -> s.matches(snapshot.namespaceLabels(routeNs)))
              .orElse(false);
          default -> false;
        };
    boolean kind =
        allowed.kinds().isEmpty()
            || allowed.kinds().stream().anyMatch(k -> k.kind().equals(route.kind()));
    return namespace && kind;
  }

  /** Whether a route in {@code routeNs} may use the Service {@code serviceNs/name}. */
  static boolean mayReference(ClusterSnapshot snapshot, Route route, String serviceNs, String serviceName) {
    String routeNs = route.metadata().namespace().orElse("");
    if (routeNs.equals(serviceNs)) {
      return true;
    }
    for (ReferenceGrant grant : snapshot.referenceGrantsIn(serviceNs)) {
      boolean from = grant.spec().from().stream()
          .anyMatch(f -> f.matches("gateway.networking.k8s.io", route.kind(), routeNs));
      boolean to = grant.spec().to().stream().anyMatch(t -> t.matches("", "Service", serviceName));
      if (from && to) {
        return true;
      }
    }
    return false;
  }

  static Optional<Route> route(ClusterSnapshot snapshot, io.elbgateway.model.meta.ObjectKey key) {
    return snapshot.get(key).filter(Route.class::isInstance).map(Route.class::cast);
  }

}
