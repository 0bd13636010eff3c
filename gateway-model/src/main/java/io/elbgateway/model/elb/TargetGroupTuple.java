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
 * One weighted entry of a forward action: a target group of the stack named by its logical key
 * (never an ARN), or an existing target group that elbgateway does not manage, named by its ELB
 * name; with its weight (0-999). Exactly one of {@link #targetGroupKey()} and {@link
 * #targetGroupName()} is present.
 *
 * <p>A target group named by {@link #targetGroupName()} is not part of the stack: the applier
 * resolves the name to the target group's ARN when it applies the stack (in the load balancer's
 * account and region) and never creates, modifies, tags or deletes that target group, nor
 * registers targets in it.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTargetGroupTuple.class)
@JsonDeserialize(as = ImmutableTargetGroupTuple.class)
public interface TargetGroupTuple {

  /** The {@link TargetGroup#key()} of a target group of the stack. */
  @JsonProperty("TargetGroupKey")
  Optional<String> targetGroupKey();

  /**
   * The ELB name of an existing target group that elbgateway does not manage (a {@code
   * TargetGroupName} backend); resolved to its ARN when the stack is applied.
   */
  @JsonProperty("TargetGroupName")
  Optional<String> targetGroupName();

  /** The weight, 0 to 999; absent means 1 (as ELBv2 treats it). */
  @JsonProperty("Weight")
  Optional<Integer> weight();

  /** A target group of the stack with a weight. */
  static TargetGroupTuple of(String targetGroupKey, int weight) {
    return builder().targetGroupKey(targetGroupKey).weight(weight).build();
  }

  /** An existing, unmanaged target group named {@code targetGroupName}, with a weight. */
  static TargetGroupTuple ofName(String targetGroupName, int weight) {
    return builder().targetGroupName(targetGroupName).weight(weight).build();
  }

  /** A builder. */
  static ImmutableTargetGroupTuple.Builder builder() {
    return ImmutableTargetGroupTuple.builder();
  }

  /** Requires exactly one of the key and the name. */
  @Value.Check
  default void check() {
    if (targetGroupKey().isPresent() == targetGroupName().isPresent()) {
      throw new IllegalStateException(
          "a target group tuple names its target group either by TargetGroupKey or by TargetGroupName, exactly one");
    }
  }
}
