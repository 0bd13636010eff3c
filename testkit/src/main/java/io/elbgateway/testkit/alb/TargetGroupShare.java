/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.alb;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;

/** One target group of a forward action, with its weight and its share of the traffic. */
@Value.Immutable
@ModelStyle
public interface TargetGroupShare {

  /**
   * The target group's key in the ElbStack, or for an existing target group named by {@link
   * io.elbgateway.model.elb.TargetGroupTuple#targetGroupName()}, {@link #NAMED} followed by its name.
   */
  @Value.Parameter
  String targetGroupKey();

  /** The weight as configured (an absent weight counts as 1, see {@link AlbEvaluator}). */
  @Value.Parameter
  int weight();

  /** weight / sum of weights of the action: 0 for a 0-weight group, 1 for a lone group. */
  @Value.Parameter
  double share();

  /** The prefix of {@link #targetGroupKey()} for an existing target group named by its ELB name. */
  String NAMED = "TargetGroupName:";

  /** The key of the tuple's target group, or {@link #NAMED} and the existing group's name. */
  static String reference(io.elbgateway.model.elb.TargetGroupTuple tuple) {
    return tuple.targetGroupKey().orElseGet(() -> NAMED + tuple.targetGroupName().orElseThrow());
  }

  /** A target group, its weight and its share. */
  static TargetGroupShare of(String targetGroupKey, int weight, double share) {
    return ImmutableTargetGroupShare.of(targetGroupKey, weight, share);
  }
}
