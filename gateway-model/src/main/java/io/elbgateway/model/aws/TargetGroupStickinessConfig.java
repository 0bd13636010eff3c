/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Target group stickiness of a forward action: how long a client keeps going to the same target
 * group.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTargetGroupStickinessConfig.class)
@JsonDeserialize(as = ImmutableTargetGroupStickinessConfig.class)
public interface TargetGroupStickinessConfig {

  /** Seconds a client sticks to a target group, 1 to 604800; the CRD default is 3600. */
  @Value.Default
  default int durationSeconds() {
    return 3600;
  }

  /** Whether stickiness is on; the CRD default is false. */
  @Value.Default
  default boolean enabled() {
    return false;
  }

  /** A builder. */
  static ImmutableTargetGroupStickinessConfig.Builder builder() {
    return ImmutableTargetGroupStickinessConfig.builder();
  }
}
