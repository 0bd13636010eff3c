/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectMeta;
import io.elbgateway.model.status.GatewayStatus;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A Gateway ({@code gateway.networking.k8s.io} v1 and v1beta1): listeners bound to a set of
 * addresses, served by the controller of its GatewayClass.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableGateway.class)
@JsonDeserialize(as = ImmutableGateway.class)
public interface Gateway extends KubernetesObject {

  /** The newest served {@code apiVersion}. */
  String API_VERSION = "gateway.networking.k8s.io/v1";

  /** The kind. */
  String KIND = "Gateway";

  @Override
  @Value.Default
  default String apiVersion() {
    return API_VERSION;
  }

  @Override
  @Value.Default
  default String kind() {
    return KIND;
  }

  @Override
  ObjectMeta metadata();

  GatewaySpec spec();

  Optional<GatewayStatus> status();

  /** A builder. */
  static ImmutableGateway.Builder builder() {
    return ImmutableGateway.builder();
  }
}
