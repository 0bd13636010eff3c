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
 * Gateway API {@code TLSRoute}: routes TLS streams by SNI hostname to weighted backends. Read from
 * {@code v1} (Standard since v1.5), {@code v1alpha3} and {@code v1alpha2}; the validator applies
 * the rules of the version the object was read with ({@code v1alpha3} and {@code v1} require
 * hostnames and exactly one rule).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTLSRoute.class)
@JsonDeserialize(as = ImmutableTLSRoute.class)
public interface TLSRoute extends Route {


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
    return "TLSRoute";
  }

  @Override
  ObjectMeta metadata();

  @Override
  TLSRouteSpec spec();

  @Override
  Optional<RouteStatus> status();

  /** A builder. */
  static ImmutableTLSRoute.Builder builder() {
    return ImmutableTLSRoute.builder();
  }
}
