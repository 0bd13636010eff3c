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
 * One weighted entry of a forward action: a target group named by its logical key (never an ARN),
 * with its weight (0-999).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTargetGroupTuple.class)
@JsonDeserialize(as = ImmutableTargetGroupTuple.class)
public interface TargetGroupTuple {

  /** The {@link TargetGroup#key()} of the target group. */
  @JsonProperty("TargetGroupKey")
  String targetGroupKey();

  /** The weight, 0 to 999; absent means 1 (as ELBv2 treats it). */
  @JsonProperty("Weight")
  Optional<Integer> weight();

  /** A target group with a weight. */
  static TargetGroupTuple of(String targetGroupKey, int weight) {
    return builder().targetGroupKey(targetGroupKey).weight(weight).build();
  }

  /** A builder. */
  static ImmutableTargetGroupTuple.Builder builder() {
    return ImmutableTargetGroupTuple.builder();
  }
}
