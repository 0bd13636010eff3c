/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.meta.ParentReference;
import java.util.List;
import java.util.Optional;

/**
 * Gateway API {@code CommonRouteSpec} plus the parts every route spec shares: parent references,
 * the experimental {@code useDefaultGateways}, hostnames (empty for kinds without them) and rules.
 */
public interface RouteSpec {

  /** The parents (usually Gateways) the route attaches to; at most 32. */
  List<ParentReference> parentRefs();

  /** Experimental (GEP-3793): whether the route also attaches to the default Gateways. */
  Optional<GatewayDefaultScope> useDefaultGateways();

  /** The hostnames the route matches; kinds without hostnames return an empty list. */
  default List<String> hostnames() {
    return List.of();
  }

  /** The route's rules. */
  List<? extends RouteRule> rules();
}
