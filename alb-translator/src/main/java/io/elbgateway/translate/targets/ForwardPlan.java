/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.targets;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.elb.TargetGroupTuple;
import io.elbgateway.translate.status.Problem;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The backends of one route rule, resolved: the weighted target groups a forward action sends to
 * (weights scaled into ALB's 0-999), and the backends that could not be resolved with why, and the
 * share of the rule's weight they carried.
 */
@Value.Immutable
@ModelStyle
public interface ForwardPlan {

  /**
   * The target groups of the forward action, in the order of the backendRefs (a target group that
   * several backendRefs resolve to appears once, with their weights added); empty when no backend is
   * valid, every valid weight is 0, or a quota fails the rule.
   */
  List<TargetGroupTuple> targetGroups();

  /** One problem per invalid backend, naming its field ({@code .spec.rules[i].backendRefs[j]}). */
  List<Problem> problems();

  /**
   * Why the rule as a whole cannot be forwarded: an ALB quota (target groups per action, target
   * groups per load balancer), reason {@code UnsupportedValue}, naming the quota and the field
   * {@code .spec.rules[i].backendRefs}; then {@link #targetGroups()} is empty and the rule fails.
   */
  Optional<Problem> ruleProblem();

  /** The sum of the Gateway API weights of the valid backends. */
  long validWeight();

  /** The sum of the Gateway API weights of the invalid backends. */
  long invalidWeight();

  /** Whether nothing can be forwarded: no valid backend with a weight above zero. */
  default boolean forwardsNothing() {
    return targetGroups().stream().allMatch(t -> t.weight().orElse(1) == 0);
  }

  /** A builder. */
  static ImmutableForwardPlan.Builder builder() {
    return ImmutableForwardPlan.builder();
  }
}
