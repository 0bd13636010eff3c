/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectMeta;
import io.elbgateway.model.status.PolicyStatus;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A BackendTLSPolicy ({@code gateway.networking.k8s.io} v1, also the experimental v1alpha3): how a
 * Gateway connects to a backend (usually a Service) over TLS.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableBackendTLSPolicy.class)
@JsonDeserialize(as = ImmutableBackendTLSPolicy.class)
public interface BackendTLSPolicy extends KubernetesObject {

  /** The newest served {@code apiVersion}. */
  String API_VERSION = "gateway.networking.k8s.io/v1";

  /** The kind. */
  String KIND = "BackendTLSPolicy";

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

  BackendTLSPolicySpec spec();

  Optional<PolicyStatus> status();

  /** A builder. */
  static ImmutableBackendTLSPolicy.Builder builder() {
    return ImmutableBackendTLSPolicy.builder();
  }
}
