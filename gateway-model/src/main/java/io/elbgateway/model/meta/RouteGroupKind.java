/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.meta;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Gateway API {@code RouteGroupKind}: a route kind a listener allows or supports. Group defaults
 * to {@code gateway.networking.k8s.io}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableRouteGroupKind.class)
@JsonDeserialize(as = ImmutableRouteGroupKind.class)
public interface RouteGroupKind {

  @Value.Default
  default String group() {
    return "gateway.networking.k8s.io";
  }

  String kind();

  /** A RouteGroupKind for a Gateway API kind. */
  static RouteGroupKind of(String kind) {
    return builder().kind(kind).build();
  }

  /** A builder. */
  static ImmutableRouteGroupKind.Builder builder() {
    return ImmutableRouteGroupKind.builder();
  }
}
