/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.ObjectMeta;
import io.elbgateway.model.status.RouteStatus;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Gateway API {@code TCPRoute}: forwards TCP connections of a listener to weighted backends. Read
 * from {@code v1} (v1.6) and {@code v1alpha2}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTCPRoute.class)
@JsonDeserialize(as = ImmutableTCPRoute.class)
public interface TCPRoute extends Route {


  /**
   * The {@code apiVersion} the object was read with; {@code gateway.networking.k8s.io/v1} when
   * built.
   */
  @Override
  @Value.Default
  default String apiVersion() {
    return "gateway.networking.k8s.io/v1";
  }

  @Override
  @Value.Default
  default String kind() {
    return "TCPRoute";
  }

  @Override
  ObjectMeta metadata();

  @Override
  TCPRouteSpec spec();

  @Override
  Optional<RouteStatus> status();

  /** A builder. */
  static ImmutableTCPRoute.Builder builder() {
    return ImmutableTCPRoute.builder();
  }
}
