/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.RouteGroupKind;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Which routes may attach to a listener: from which namespaces, and of which kinds. Empty
 * {@code kinds} means the kinds that fit the listener's protocol.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableAllowedRoutes.class)
@JsonDeserialize(as = ImmutableAllowedRoutes.class)
public interface AllowedRoutes {

  /** Defaults to {@code {from: Same}}. */
  @Value.Default
  default RouteNamespaces namespaces() {
    return RouteNamespaces.builder().build();
  }

  /** At most 8 route kinds; empty derives them from the protocol. */
  List<RouteGroupKind> kinds();

  /** A builder. */
  static ImmutableAllowedRoutes.Builder builder() {
    return ImmutableAllowedRoutes.builder();
  }
}
