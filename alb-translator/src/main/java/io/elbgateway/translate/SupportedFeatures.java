/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate;

import java.util.List;

/** The Gateway API features ({@code status.supportedFeatures}) an ALB or NLB GatewayClass supports. */
final class SupportedFeatures {

  /** Sorted by name, as the spec asks. */
  static final List<String> ALB =
      List.of(
          "Gateway",
          "GatewayPort8080",
          "GRPCRoute",
          "HTTPRoute",
          "HTTPRouteHostRewrite",
          "HTTPRouteMethodMatching",
          "HTTPRouteParentRefPort",
          "HTTPRoutePathRedirect",
          "HTTPRoutePathRewrite",
          "HTTPRoutePortRedirect",
          "HTTPRouteQueryParamMatching",
          "HTTPRouteSchemeRedirect",
          "ReferenceGrant");

  /** The features of a Network Load Balancer GatewayClass, sorted by name. */
  static final List<String> NLB = List.of("Gateway", "ReferenceGrant", "TCPRoute", "TLSRoute", "UDPRoute");

  private SupportedFeatures() {}
}
