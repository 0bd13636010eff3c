/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.attach;

import io.elbgateway.model.gateway.GatewayApiKinds;
import io.elbgateway.model.gateway.ProtocolType;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.RouteGroupKind;
import java.util.List;
import java.util.Optional;

/**
 * The route kinds an ALB listener serves: HTTPRoute on HTTP and HTTPS listeners, GRPCRoute on
 * HTTPS listeners only, since an ALB speaks HTTP/2 to clients only over TLS (no h2c;
 * gateway-api.md §2.5). An empty {@code allowedRoutes.kinds} means all of them.
 */
final class RouteKinds {

  static final RouteGroupKind HTTP_ROUTE = RouteGroupKind.of(GatewayApiKinds.HTTP_ROUTE.kind());
  static final RouteGroupKind GRPC_ROUTE = RouteGroupKind.of(GatewayApiKinds.GRPC_ROUTE.kind());

  private RouteKinds() {}

  /** The kinds a listener of this core protocol ({@code HTTP} or {@code HTTPS}) serves. */
  static List<RouteGroupKind> servable(String coreProtocol) {
    return ProtocolType.HTTPS.equals(coreProtocol) ? List.of(HTTP_ROUTE, GRPC_ROUTE) : List.of(HTTP_ROUTE);
  }

  /** Why a listener of this core protocol cannot serve {@code kind}, or empty when it can. */
  static Optional<String> refusal(RouteGroupKind kind, String coreProtocol) {
    if (servable(coreProtocol).contains(kind)) {
      return Optional.empty();
    }
    if (kind.equals(GRPC_ROUTE)) {
      return Optional.of(
          "GRPCRoute needs HTTP/2, which an ALB speaks only on HTTPS listeners (no h2c); "
              + "attach GRPCRoutes to an HTTPS listener");
    }
    return Optional.of(
        display(kind) + " is not a route kind an ALB " + coreProtocol + " listener serves (it serves "
            + String.join(", ", servable(coreProtocol).stream().map(RouteKinds::display).toList()) + ")");
  }

  /** The group and kind of a route object. */
  static RouteGroupKind of(KubernetesObject route) {
    return RouteGroupKind.builder().group(route.group()).kind(route.kind()).build();
  }

  /** {@code HTTPRoute} for the Gateway API group, {@code group/Kind} otherwise. */
  static String display(RouteGroupKind kind) {
    return kind.group().equals(GatewayApiKinds.GROUP) ? kind.kind() : kind.group() + "/" + kind.kind();
  }
}
