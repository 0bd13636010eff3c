/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.l4;

import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.gateway.GatewayApiKinds;
import io.elbgateway.model.gateway.Listener;
import io.elbgateway.model.gateway.ProtocolType;
import io.elbgateway.model.gateway.TLSModeType;
import io.elbgateway.model.meta.RouteGroupKind;
import io.elbgateway.translate.status.ListenerRecorder;
import java.util.List;
import java.util.Optional;

/** One listener of a Network Load Balancer Gateway, with its status recorder. */
final class L4Listener {

  static final RouteGroupKind TCP_ROUTE = RouteGroupKind.of(GatewayApiKinds.TCP_ROUTE.kind());
  static final RouteGroupKind UDP_ROUTE = RouteGroupKind.of(GatewayApiKinds.UDP_ROUTE.kind());
  static final RouteGroupKind TLS_ROUTE = RouteGroupKind.of(GatewayApiKinds.TLS_ROUTE.kind());

  final int index;
  final Listener definition;
  final ListenerRecorder status;
  /** TCP, UDP or TLS when the protocol is one an NLB serves. */
  final Optional<String> protocol;
  List<RouteGroupKind> supportedKinds = List.of();

  L4Listener(int index, Listener definition, ListenerRecorder status) {
    this.index = index;
    this.definition = definition;
    this.status = status;
    this.protocol =
        ProtocolType.core(definition.protocol())
            .filter(p -> p.equals(ProtocolType.TCP) || p.equals(ProtocolType.UDP) || p.equals(ProtocolType.TLS));
  }

  String name() {
    return definition.name();
  }

  int port() {
    return definition.port();
  }

  String field(String suffix) {
    return ".spec.listeners[" + index + "]" + suffix;
  }

  /** A TLS listener whose mode is Passthrough. */
  boolean passthrough() {
    return protocol.filter(ProtocolType.TLS::equals).isPresent()
        && definition.tls().map(t -> t.mode() == TLSModeType.PASSTHROUGH).orElse(false);
  }

  /**
   * The NLB listener protocol this listener asks for: TCP for TCP and for TLS Passthrough (the NLB
   * does not look into the TLS stream), TLS for TLS Terminate, UDP for UDP.
   */
  Protocol elbProtocol() {
    String p = protocol.orElse(ProtocolType.TCP);
    if (p.equals(ProtocolType.UDP)) {
      return Protocol.UDP;
    }
    if (p.equals(ProtocolType.TLS) && !passthrough()) {
      return Protocol.TLS;
    }
    return Protocol.TCP;
  }

  /** The route kinds this listener serves when {@code allowedRoutes.kinds} is empty. */
  List<RouteGroupKind> servable() {
    String p = protocol.orElse("");
    if (p.equals(ProtocolType.TCP)) {
      return List.of(TCP_ROUTE);
    }
    if (p.equals(ProtocolType.UDP)) {
      return List.of(UDP_ROUTE);
    }
    if (p.equals(ProtocolType.TLS)) {
      return passthrough() ? List.of(TLS_ROUTE) : List.of(TLS_ROUTE, TCP_ROUTE);
    }
    return List.of();
  }

  boolean usable() {
    return status.usable();
  }
}
