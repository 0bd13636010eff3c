/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.ParametersReference;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The spec of a GatewayClass: which controller serves it and with which parameters. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableGatewayClassSpec.class)
@JsonDeserialize(as = ImmutableGatewayClassSpec.class)
public interface GatewayClassSpec {

  /** The controller that manages Gateways of this class, a domain-prefixed path such as {@code gateway.k8s.aws/alb}. */
  String controllerName();

  /**
   * Implementation-specific configuration. Its namespace must be set for a namespaced kind and
   * left out for a cluster-scoped one.
   */
  Optional<ParametersReference> parametersRef();

  /** A human-readable description, at most 64 characters. */
  Optional<String> description();

  /** A builder. */
  static ImmutableGatewayClassSpec.Builder builder() {
    return ImmutableGatewayClassSpec.builder();
  }
}
