/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The status of a {@code LoadBalancerConfiguration} or {@code TargetGroupConfiguration}: the
 * generations of the configurations attached to a Gateway and a GatewayClass. Declared by the
 * CRDs; the reference controller does not write it.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableConfigurationStatus.class)
@JsonDeserialize(as = ImmutableConfigurationStatus.class)
public interface ConfigurationStatus {

  /** The generation of the configuration attached to the Gateway. */
  Optional<Long> observedGatewayConfigurationGeneration();

  /** The generation of the configuration attached to the GatewayClass. */
  Optional<Long> observedGatewayClassConfigurationGeneration();

  /** A builder. */
  static ImmutableConfigurationStatus.Builder builder() {
    return ImmutableConfigurationStatus.builder();
  }
}
