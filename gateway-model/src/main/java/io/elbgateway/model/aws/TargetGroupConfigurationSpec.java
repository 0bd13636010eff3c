/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import io.elbgateway.model.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The target group settings of a {@code TargetGroupConfiguration}: the object they apply to,
 * defaults, and per-route overrides.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTargetGroupConfigurationSpec.class)
@JsonDeserialize(as = ImmutableTargetGroupConfigurationSpec.class)
public interface TargetGroupConfigurationSpec {

  /**
   * The Service (or Gateway) these settings apply to; absent when the configuration only serves as
   * a Gateway-level default.
   */
  Optional<TargetReference> targetReference();

  /** Properties for every route using the target; absent reads like empty properties. */
  Optional<TargetGroupProps> defaultConfiguration();

  /** Per-route overrides. */
  List<RouteConfiguration> routeConfigurations();

  /** A builder. */
  static ImmutableTargetGroupConfigurationSpec.Builder builder() {
    return ImmutableTargetGroupConfigurationSpec.builder();
  }
}
