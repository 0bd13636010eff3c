/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectMeta;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A {@code gateway.k8s.aws} LoadBalancerConfiguration: AWS settings of the ELB behind a Gateway,
 * attached through a GatewayClass's {@code parametersRef} or a Gateway's {@code
 * infrastructure.parametersRef}. Read from {@code v1} and {@code v1beta1} alike.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableLoadBalancerConfiguration.class)
@JsonDeserialize(as = ImmutableLoadBalancerConfiguration.class)
public interface LoadBalancerConfiguration extends KubernetesObject {

  @Value.Default
  default String apiVersion() {
    return "gateway.k8s.aws/v1";
  }

  @Value.Default
  default String kind() {
    return "LoadBalancerConfiguration";
  }

  ObjectMeta metadata();

  /** The settings; an object without {@code spec} reads as one with every field unset. */
  @Value.Default
  default LoadBalancerConfigurationSpec spec() {
    return LoadBalancerConfigurationSpec.builder().build();
  }

  Optional<ConfigurationStatus> status();

  /** A builder. */
  static ImmutableLoadBalancerConfiguration.Builder builder() {
    return ImmutableLoadBalancerConfiguration.builder();
  }
}
