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
 * Gateway API {@code GRPCRoute}: routes gRPC requests by host, service, method and headers, with
 * filters, to weighted backends.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableGRPCRoute.class)
@JsonDeserialize(as = ImmutableGRPCRoute.class)
public interface GRPCRoute extends Route {


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
    return "GRPCRoute";
  }

  @Override
  ObjectMeta metadata();

  @Override
  GRPCRouteSpec spec();

  @Override
  Optional<RouteStatus> status();

  /** A builder. */
  static ImmutableGRPCRoute.Builder builder() {
    return ImmutableGRPCRoute.builder();
  }
}
