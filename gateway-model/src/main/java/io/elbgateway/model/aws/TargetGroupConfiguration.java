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
 * A {@code gateway.k8s.aws} TargetGroupConfiguration: target group settings (health check, target
 * type, protocol, attributes) for the target groups of one Service or Gateway backend, or defaults
 * for a whole Gateway. Read from {@code v1} and {@code v1beta1} alike.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTargetGroupConfiguration.class)
@JsonDeserialize(as = ImmutableTargetGroupConfiguration.class)
public interface TargetGroupConfiguration extends KubernetesObject {

  @Value.Default
  default String apiVersion() {
    return "gateway.k8s.aws/v1";
  }

  @Value.Default
  default String kind() {
    return "TargetGroupConfiguration";
  }

  ObjectMeta metadata();

  /** The settings; an object without {@code spec} reads as one with every field unset. */
  @Value.Default
  default TargetGroupConfigurationSpec spec() {
    return TargetGroupConfigurationSpec.builder().build();
  }

  Optional<ConfigurationStatus> status();

  /** A builder. */
  static ImmutableTargetGroupConfiguration.Builder builder() {
    return ImmutableTargetGroupConfiguration.builder();
  }
}
