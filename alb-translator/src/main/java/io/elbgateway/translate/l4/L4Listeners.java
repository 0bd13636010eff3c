/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.l4;

import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.gateway.Listener;
import io.elbgateway.model.gateway.ProtocolType;
import io.elbgateway.model.meta.RouteGroupKind;
import io.elbgateway.translate.DeviationCode;
import io.elbgateway.translate.GatewayContext;
import io.elbgateway.translate.status.Reasons;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks the listeners of a Network Load Balancer Gateway and records their status.
 *
 * <ul>
 *   <li>Protocol TCP, UDP or TLS, else {@code Accepted=False/UnsupportedProtocol} (HTTP and HTTPS
 *       belong on an ALB Gateway). Port 1-65535, else {@code PortUnavailable}.
 *   <li>Route kinds: TCP serves TCPRoute, UDP UDPRoute, TLS Passthrough TLSRoute, TLS Terminate
 *       TLSRoute and TCPRoute. A kind in {@code allowedRoutes.kinds} the listener cannot serve gives
 *       {@code ResolvedRefs=False/InvalidRouteKinds}; {@code supportedKinds} lists the rest.
 *   <li>One NLB listener per port: listeners on one port must ask for the same NLB protocol (TCP,
 *       TLS Terminate, UDP; TLS Passthrough counts as TCP), except TCP with UDP, which become one
 *       TCP_UDP listener; otherwise every listener of the port is {@code Conflicted=True/ProtocolConflict}.
 *       Of listeners with the same protocol and hostname on one port (TCP and UDP have no hostname)
 *       the first stays and the others are {@code Conflicted=True/HostnameConflict}.
 *   <li>Ports beyond {@link io.elbgateway.translate.NlbQuotas#listenersPerLoadBalancer()} (the
 *       highest) get {@code Accepted=False/PortUnavailable} naming the quota.
 * </ul>
 */
final class L4Listeners {

  private L4Listeners() {}

  static List<L4Listener> resolve(GatewayContext context) {
    List<L4Listener> listeners = new ArrayList<>();
    List<Listener> own = context.gateway().spec().listeners();
    for (int i = 0; i < own.size(); i++) {
      L4Listener listener = new L4Listener(i, own.get(i), context.gatewayStatus().listener(own.get(i).name()));
      check(listener);
      listeners.add(listener);
    }
    conflicts(listeners);
    quota(context, listeners);
    listeners.forEach(l -> l.status.supportedKinds(l.supportedKinds));
    return listeners;
  }

  private static void check(L4Listener listener) {
    if (listener.protocol.isEmpty()) {
      String protocol = listener.definition.protocol();
      boolean l7 = ProtocolType.matches(protocol, ProtocolType.HTTP) || ProtocolType.matches(protocol, ProtocolType.HTTPS);
      listener.status.notAccepted(
          Reasons.UNSUPPORTED_PROTOCOL,
          listener.field(".protocol") + ": " + protocol
              + " is not a protocol a Network Load Balancer listener speaks; use TCP, UDP or TLS"
              + (l7 ? "; HTTP and HTTPS listeners belong on a Gateway whose GatewayClass makes an ALB" : ""));
      return;
    }
    int port = listener.port();
    if (port < 1 || port > 65535) {
      listener.status.notAccepted(Reasons.PORT_UNAVAILABLE, listener.field(".port") + ": " + port + " is not a port (1-65535)");
    }
    List<RouteGroupKind> asked = listener.definition.allowedRoutes().kinds();
    if (asked.isEmpty()) {
      listener.supportedKinds = listener.servable();
      return;
    }
    List<RouteGroupKind> supported = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (int k = 0; k < asked.size(); k++) {
      RouteGroupKind kind = asked.get(k);
      if (listener.servable().contains(kind)) {
        if (!supported.contains(kind)) {
          supported.add(kind);
        }
      } else {
        refused.add(listener.field(".allowedRoutes.kinds[" + k + "]") + ": " + kind.kind() + " is not a route kind a "
            + (listener.passthrough() ? "TLS Passthrough" : listener.protocol.get()) + " listener serves (it serves "
            + String.join(", ", listener.servable().stream().map(RouteGroupKind::kind).toList()) + ")");
      }
    }
    listener.supportedKinds = supported;
    if (!refused.isEmpty()) {
      listener.status.unresolvedRefs(Reasons.INVALID_ROUTE_KINDS, String.join("; ", refused));
    }
  }

  private static void conflicts(List<L4Listener> listeners) {
    Map<Integer, List<L4Listener>> byPort = new TreeMap<>();
    for (L4Listener listener : listeners) {
      if (listener.usable()) {
        byPort.computeIfAbsent(listener.port(), p -> new ArrayList<>()).add(listener);
      }
    }
    for (Map.Entry<Integer, List<L4Listener>> port : byPort.entrySet()) {
      Set<Protocol> protocols = new TreeSet<>();
      port.getValue().forEach(l -> protocols.add(l.elbProtocol()));
      boolean compatible = protocols.size() == 1 || protocols.equals(Set.of(Protocol.TCP, Protocol.UDP));
      if (!compatible) {
        List<String> described = port.getValue().stream()
            .map(l -> "\"" + l.name() + "\" (" + (l.passthrough() ? "TLS Passthrough" : l.protocol.get()) + ")").toList();
        for (L4Listener listener : port.getValue()) {
          listener.status.conflicted(
              Reasons.PROTOCOL_CONFLICT,
              listener.field(".protocol") + ": port " + port.getKey() + " is asked for by listeners " + String.join(", ", described)
                  + ", but a Network Load Balancer has one listener per port and can merge only TCP with UDP; give them different ports");
        }
        continue;
      }
      Set<String> seen = new HashSet<>();
      for (L4Listener listener : port.getValue()) {
        String hostname = listener.elbProtocol() == Protocol.TLS ? listener.definition.hostname().orElse("") : "";
        if (!seen.add(listener.elbProtocol() + "|" + hostname)) {
          listener.status.conflicted(
              Reasons.HOSTNAME_CONFLICT,
              listener.field("") + ": an earlier listener already serves " + listener.definition.protocol() + " on port "
                  + port.getKey() + (hostname.isEmpty() ? "" : " for hostname " + hostname)
                  + "; remove one of them or change its port");
        }
      }
    }
  }

  private static void quota(GatewayContext context, List<L4Listener> listeners) {
    int quota = context.options().nlbQuotas().listenersPerLoadBalancer();
    Set<Integer> ports = new TreeSet<>();
    listeners.stream().filter(L4Listener::usable).forEach(l -> ports.add(l.port()));
    Set<Integer> over = new TreeSet<>();
    int i = 0;
    for (int port : ports) {
      if (i++ >= quota) {
        over.add(port);
      }
    }
    if (over.isEmpty()) {
      return;
    }
    String message =
        "the load balancer may have at most " + quota + " listeners (quota \"Listeners per Network Load Balancer\","
            + " not adjustable); ports " + over + " get none; use fewer ports or another Gateway";
    context.statuses().deviation(context.gateway(), ".spec.listeners", DeviationCode.OTHER, message);
    for (L4Listener listener : listeners) {
      if (listener.usable() && over.contains(listener.port())) {
        listener.status.notAccepted(Reasons.PORT_UNAVAILABLE, listener.field(".port") + ": " + message);
      }
    }
  }
}
