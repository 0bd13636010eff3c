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
 * Gateway API {@code HTTPRoute}: routes HTTP requests by host, path, headers, query parameters and
 * method, with filters, to weighted backends. Read from {@code v1} and {@code v1beta1}, which share
 * one schema.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHTTPRoute.class)
@JsonDeserialize(as = ImmutableHTTPRoute.class)
public interface HTTPRoute extends Route {


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
    return "HTTPRoute";
  }

  @Override
  ObjectMeta metadata();

  @Override
  HTTPRouteSpec spec();

  @Override
  Optional<RouteStatus> status();

  /** A builder. */
  static ImmutableHTTPRoute.Builder builder() {
    return ImmutableHTTPRoute.builder();
  }
}
