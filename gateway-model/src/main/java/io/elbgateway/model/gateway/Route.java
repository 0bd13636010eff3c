/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ParentReference;
import io.elbgateway.model.status.RouteStatus;
import java.util.List;
import java.util.Optional;

/**
 * What every route kind (HTTPRoute, GRPCRoute, TLSRoute, TCPRoute, UDPRoute) has in common, so that
 * attachment to parents, hostname intersection and status can treat them alike.
 */
public interface Route extends KubernetesObject {

  /** The route's spec. */
  RouteSpec spec();

  /** The route's status, as read from the cluster. */
  Optional<RouteStatus> status();

  /** The parents the route asks to attach to ({@code spec.parentRefs}). */
  default List<ParentReference> parentRefs() {
    return spec().parentRefs();
  }

  /** The route's hostnames; always empty for TCPRoute and UDPRoute. */
  default List<String> hostnames() {
    return spec().hostnames();
  }
}
