/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import io.elbgateway.model.gateway.BackendRef;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.Listener;
import io.elbgateway.model.gateway.ProtocolType;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.gateway.RouteRule;
import io.elbgateway.model.gateway.TLSModeType;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.meta.ParentReference;
import io.elbgateway.model.meta.RouteGroupKind;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.testkit.alb.Connection;
import io.elbgateway.testkit.alb.Transport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Gateway API's answer for connections to TCP, UDP and TLS listeners (gateway-api.md §2.6-2.7,
 * §5, §6.5), independent of any load balancer.
 *
 * <ol>
 *   <li>Listener: the one on the connection's port whose protocol carries its transport (TCP and TLS
 *       carry TCP, UDP carries UDP). TCP and TLS listeners on one port are in a protocol conflict
 *       and take nothing; two of one protocol on a port take the one whose hostname fits the SNI
 *       best (exact, then the longer wildcard, then none; §4.1).
 *   <li>Routes: those with a parentRef naming the Gateway whose {@code sectionName} and {@code port}
 *       (where set) fit the listener, of a kind the listener allows ({@code allowedRoutes.kinds}, else
 *       TCPRoute for TCP, UDPRoute for UDP, TLSRoute for TLS; for TLS Terminate also TCPRoute, an
 *       implementation's choice the spec leaves open that this translator makes and reports in the
 *       listener's {@code supportedKinds}; a listed kind the protocol does not support attaches
 *       nothing, §6.3 {@code InvalidRouteKinds}), from a namespace it allows, and for
 *       TLS with a route hostname that intersects the listener's (§3.4, §5.1-5.2).
 *   <li>Exactly one route carries a listener's traffic: the oldest ({@code creationTimestamp}; none
 *       counts as newest), then the first by {@code namespace/name} (ISSUE5's rule, the spec's
 *       order for conflicting routes).
 *   <li>Backends: the backendRefs of every rule of that route (choice: the L4 kinds have no matches,
 *       so the rules are pooled); invalid ones (§6.5: kind, missing Service or port, no
 *       ReferenceGrant) get no connections, their share is rejected; valid ones share by weight.
 *       No valid backend with a weight above 0: refused.
 *   <li>SNI: the spec routes TLS by SNI: a connection whose SNI fits neither the listener's hostname
 *       nor the route's hostnames is refused ({@link L4SpecOutcome#sniMatches()} false).
 * </ol>
 */
public final class L4SpecRouter {

  static final Comparator<Route> ORDER =
      Comparator.<Route, Instant>comparing(r -> r.metadata().creationTimestamp().orElse(Instant.MAX))
          .thenComparing(r -> r.metadata().namespace().orElse("default"))
          .thenComparing(r -> r.metadata().name());

  private L4SpecRouter() {}

  /** What the spec asks for {@code connection} to Gateway {@code gatewayKey} of {@code snapshot}. */
  public static L4SpecOutcome route(ClusterSnapshot snapshot, ObjectKey gatewayKey, Connection connection) {
    var outcome = L4SpecOutcome.builder().invalidShare(0).sniMatches(true);
    Optional<Gateway> found =
        snapshot.all(Gateway.class).stream().filter(g -> g.key().equals(gatewayKey)).findFirst();
    if (found.isEmpty()) {
      return outcome.refused("no Gateway " + gatewayKey.namespacedName()).build();
    }
    Gateway gateway = found.get();
    Optional<Listener> listener = listener(gateway, connection);
    if (listener.isEmpty()) {
      return outcome.refused("no listener takes " + connection.describe()).build();
    }
    outcome.listener(listener.get());
    List<Route> attached = new ArrayList<>();
    for (Route route : snapshot.routes()) {
      if (attaches(snapshot, gateway, listener.get(), route)) {
        attached.add(route);
      }
    }
    if (attached.isEmpty()) {
      return outcome.refused("no route attached to listener " + listener.get().name()).build();
    }
    attached.sort(ORDER);
    Route route = attached.get(0);
    outcome.route(route.key());
    if (connection.sni().isPresent() && listener.get().hasProtocol(ProtocolType.TLS)) {
      String sni = connection.sni().get().toLowerCase(Locale.ROOT);
      boolean listenerFits = listener.get().hostname().map(h -> Hostnames.matches(h, sni)).orElse(true);
      boolean routeFits = route.hostnames().isEmpty() || route.hostnames().stream().anyMatch(h -> Hostnames.matches(h, sni));
      outcome.sniMatches(listenerFits && routeFits);
    }
    Map<String, Long> valid = new LinkedHashMap<>();
    long total = 0;
    long invalid = 0;
    String routeNamespace = route.metadata().namespace().orElse("default");
    for (RouteRule rule : route.spec().rules()) {
      for (BackendRef ref : rule.backendRefs()) {
        total += ref.weight();
        if (Backends.problem(snapshot, route, ref).isPresent()) {
          invalid += ref.weight();
        } else if (ref.weight() > 0) {
          valid.merge(ref.namespace().orElse(routeNamespace) + "/" + ref.name() + ":" + ref.port().orElseThrow(), (long) ref.weight(), Long::sum);
        }
      }
    }
    if (total > 0) {
      outcome.invalidShare(invalid / (double) total);
    }
    if (valid.isEmpty()) {
      return outcome.refused(route.kind() + " " + route.key().namespacedName() + " has no valid backend with a weight above 0").build();
    }
    for (Map.Entry<String, Long> entry : valid.entrySet()) {
      String[] parts = entry.getKey().split("[/:]");
      outcome.addBackends(
          BackendShare.of(
              parts[0], parts[1], Integer.parseInt(parts[2]), (int) Math.min(entry.getValue(), Integer.MAX_VALUE),
              entry.getValue() / (double) total));
    }
    return outcome.build();
  }

  /** The listener that takes the connection: step 1. */
  static Optional<Listener> listener(Gateway gateway, Connection connection) {
    int port = connection.port();
    Set<String> streamProtocols = new TreeSet<>();
    List<Listener> candidates = new ArrayList<>();
    for (Listener listener : gateway.spec().listeners()) {
      if (listener.port() != port) {
        continue;
      }
      String protocol = listener.protocol().toUpperCase(Locale.ROOT);
      if (!protocol.equals(ProtocolType.UDP)) {
        streamProtocols.add(protocol);
      }
      boolean carries =
          connection.transport() == Transport.UDP
              ? protocol.equals(ProtocolType.UDP)
              : protocol.equals(ProtocolType.TCP) || protocol.equals(ProtocolType.TLS);
      if (carries) {
        candidates.add(listener);
      }
    }
    if (streamProtocols.size() > 1 && connection.transport() == Transport.TCP) {
      return Optional.empty();
    }
    String sni = connection.sni().orElse("").toLowerCase(Locale.ROOT);
    return candidates.stream()
        .filter(l -> l.hostname().filter(h -> !h.isEmpty()).map(h -> !sni.isEmpty() && Hostnames.matches(h, sni)).orElse(true))
        .max(Comparator.comparingLong((Listener l) -> Hostnames.listenerSpecificity(l.hostname()))
            .thenComparing(Listener::name, Comparator.reverseOrder()))
        .or(() -> candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty());
  }

  /** Whether {@code route} attaches to {@code listener}: step 2. */
  static boolean attaches(ClusterSnapshot snapshot, Gateway gateway, Listener listener, Route route) {
    String routeNamespace = route.metadata().namespace().orElse("default");
    boolean selected = false;
    for (ParentReference parent : route.parentRefs()) {
      if (ClusterSnapshot.parentKey(parent, routeNamespace).equals(gateway.key())
          && parent.sectionName().map(listener.name()::equals).orElse(true)
          && parent.port().map(p -> p == listener.port()).orElse(true)) {
        selected = true;
      }
    }
    if (!selected || !kindAllowed(listener, route)
        || !Attachment.namespaceAllowed(snapshot, gateway, listener, routeNamespace)) {
      return false;
    }
    if (listener.hasProtocol(ProtocolType.TLS)) {
      return Hostnames.intersect(listener.hostname(), route.hostnames()).isPresent();
    }
    return true;
  }

  private static boolean kindAllowed(Listener listener, Route route) {
    if (!route.group().equals(Attachment.GATEWAY_GROUP) || !supported(listener).contains(route.kind())) {
      return false;
    }
    List<RouteGroupKind> kinds = listener.allowedRoutes().kinds();
    return kinds.isEmpty()
        || kinds.stream().anyMatch(k -> k.group().equals(route.group()) && k.kind().equals(route.kind()));
  }

  /**
   * The kinds a listener's protocol supports; a listed kind outside them is not supported (§6.3
   * {@code ResolvedRefs=False/InvalidRouteKinds}) and attaches nothing.
   */
  private static Set<String> supported(Listener listener) {
    if (listener.hasProtocol(ProtocolType.TCP)) {
      return Set.of("TCPRoute");
    }
    if (listener.hasProtocol(ProtocolType.UDP)) {
      return Set.of("UDPRoute");
    }
    if (listener.hasProtocol(ProtocolType.TLS)) {
      return listener.tlsMode().orElse(TLSModeType.TERMINATE) == TLSModeType.TERMINATE
          ? Set.of("TLSRoute", "TCPRoute")
          : Set.of("TLSRoute");
    }
    return Set.of();
  }
}
