/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.attach;

import io.elbgateway.model.gateway.ProtocolType;
import io.elbgateway.model.gateway.TLSModeType;
import io.elbgateway.model.meta.RouteGroupKind;
import io.elbgateway.translate.GatewayContext;
import io.elbgateway.translate.status.Reasons;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The checks of one listener on its own (conflicts between listeners are
 * {@link ListenerConflicts}'s): protocol HTTP or HTTPS, port 1-65535, TLS terminated by the ALB,
 * route kinds the protocol can serve, and certificate references ({@link CertificateRefChecks}).
 */
final class ListenerChecks {

  private static final List<String> L4_PROTOCOLS = List.of(ProtocolType.TCP, ProtocolType.TLS, ProtocolType.UDP);

  private ListenerChecks() {}

  static void check(GatewayContext context, ListenerDraft listener) {
    Optional<String> protocol = listener.coreProtocol().filter(p -> p.equals(ProtocolType.HTTP) || p.equals(ProtocolType.HTTPS));
    if (protocol.isEmpty()) {
      unsupportedProtocol(listener);
      return;
    }
    checkPort(listener);
    checkTlsMode(listener, protocol.get());
    checkKinds(listener, protocol.get());
    if (protocol.get().equals(ProtocolType.HTTPS)) {
      CertificateRefChecks.check(context, listener);
    }
  }

  private static void unsupportedProtocol(ListenerDraft listener) {
    String protocol = listener.definition().protocol();
    String hint =
        listener.coreProtocol().filter(L4_PROTOCOLS::contains).isPresent()
            ? "; TCP, TLS and UDP listeners belong on a Gateway whose GatewayClass makes an NLB"
            : "";
    listener.supportedKinds(List.of());
    listener.notAccepted(
        Reasons.UNSUPPORTED_PROTOCOL,
        listener.field(".protocol")
            + ": "
            + protocol
            + " is not a protocol an ALB listener speaks; use HTTP or HTTPS"
            + hint);
  }

  private static void checkPort(ListenerDraft listener) {
    int port = listener.port();
    if (port == 0 && !listener.fromGateway()) {
      listener.notAccepted(
          Reasons.PORT_UNAVAILABLE,
          listener.field(".port")
              + ": 0 asks the controller to choose a port, which an ALB Gateway does not do; set the port");
    } else if (port < 1 || port > 65535) {
      listener.notAccepted(
          Reasons.PORT_UNAVAILABLE, listener.field(".port") + ": " + port + " is not a port (1-65535)");
    }
  }

  private static void checkTlsMode(ListenerDraft listener, String protocol) {
    if (protocol.equals(ProtocolType.HTTPS)
        && listener.definition().tlsMode().filter(TLSModeType.PASSTHROUGH::equals).isPresent()) {
      listener.notAccepted(
          Reasons.UNSUPPORTED_PROTOCOL,
          listener.field(".tls.mode")
              + ": Passthrough is not possible on an ALB, which terminates TLS itself; use mode Terminate, "
              + "or a TLS listener on a Gateway whose GatewayClass makes an NLB");
    }
  }

  private static void checkKinds(ListenerDraft listener, String protocol) {
    List<RouteGroupKind> asked = listener.definition().allowedRoutes().kinds();
    if (asked.isEmpty()) {
      listener.supportedKinds(RouteKinds.servable(protocol));
      return;
    }
    List<RouteGroupKind> supported = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (int k = 0; k < asked.size(); k++) {
      RouteGroupKind kind = asked.get(k);
      Optional<String> refusal = RouteKinds.refusal(kind, protocol);
      if (refusal.isPresent()) {
        refused.add(listener.field(".allowedRoutes.kinds[" + k + "]") + ": " + refusal.get());
      } else if (!supported.contains(kind)) {
        supported.add(kind);
      }
    }
    listener.supportedKinds(supported);
    if (!refused.isEmpty()) {
      listener.unresolvedRef(Reasons.INVALID_ROUTE_KINDS, String.join("; ", refused));
    }
  }
}
