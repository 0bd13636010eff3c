/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Group-level stickiness of a weighted forward action: keeps a client on the target group it was
 * first sent to.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTargetGroupStickinessConfig.class)
@JsonDeserialize(as = ImmutableTargetGroupStickinessConfig.class)
public interface TargetGroupStickinessConfig {

  @JsonProperty("Enabled")
  boolean enabled();

  /** How long a client sticks, 1 to 604800 seconds; required when enabled. */
  @JsonProperty("DurationSeconds")
  Optional<Integer> durationSeconds();

  /** A builder. */
  static ImmutableTargetGroupStickinessConfig.Builder builder() {
    return ImmutableTargetGroupStickinessConfig.builder();
  }
}
