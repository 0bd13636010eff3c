/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.ParametersReference;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Infrastructure attributes of a Gateway: labels and annotations for what is created for it, and
 * a per-Gateway parameters object.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableGatewayInfrastructure.class)
@JsonDeserialize(as = ImmutableGatewayInfrastructure.class)
public interface GatewayInfrastructure {

  /** At most 8 labels to apply to created resources. */
  Map<String, String> labels();

  /** At most 8 annotations to apply to created resources. */
  Map<String, String> annotations();

  /**
   * Implementation-specific configuration in the Gateway's namespace (a
   * {@code LocalParametersReference}: group, kind and name, never a namespace).
   */
  Optional<ParametersReference> parametersRef();

  /** A builder. */
  static ImmutableGatewayInfrastructure.Builder builder() {
    return ImmutableGatewayInfrastructure.builder();
  }
}
