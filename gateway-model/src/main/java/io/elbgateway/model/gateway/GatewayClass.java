/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectMeta;
import io.elbgateway.model.status.GatewayClassStatus;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A GatewayClass (cluster-scoped, {@code gateway.networking.k8s.io} v1 and v1beta1): a class of
 * Gateways served by one controller.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableGatewayClass.class)
@JsonDeserialize(as = ImmutableGatewayClass.class)
public interface GatewayClass extends KubernetesObject {

  /** The newest served {@code apiVersion}. */
  String API_VERSION = "gateway.networking.k8s.io/v1";

  /** The kind. */
  String KIND = "GatewayClass";

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

  /** Metadata; a GatewayClass is cluster-scoped and has no namespace. */
  @Override
  ObjectMeta metadata();

  GatewayClassSpec spec();

  Optional<GatewayClassStatus> status();

  /** A builder. */
  static ImmutableGatewayClass.Builder builder() {
    return ImmutableGatewayClass.builder();
  }
}
