/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.spi;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.elb.TargetGroupTuple;
import io.elbgateway.translate.status.Problem;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A backendRef resolved: the key of the target group of the stack that serves it, or the name of an
 * existing target group that elbgateway does not manage, or why it cannot be served. Exactly one
 * of the three is present.
 */
@Value.Immutable
@ModelStyle
public interface BackendResolution {

  /** The key of a target group the resolver registered in the stack. */
  Optional<String> targetGroupKey();

  /**
   * The ELB name of an existing target group outside the stack (aws-sync resolves it to its ARN when
   * it applies the stack and never modifies it).
   */
  Optional<String> targetGroupName();

  Optional<Problem> problem();

  /** Served by this target group of the stack. */
  static BackendResolution servedBy(String targetGroupKey) {
    return ImmutableBackendResolution.builder().targetGroupKey(targetGroupKey).build();
  }

  /** Served by the existing, unmanaged target group of this ELB name. */
  static BackendResolution servedByExisting(String targetGroupName) {
    return ImmutableBackendResolution.builder().targetGroupName(targetGroupName).build();
  }

  /** Not served, for this reason ({@code BackendNotFound}, {@code RefNotPermitted}, ...). */
  static BackendResolution invalid(String reason, String message) {
    return ImmutableBackendResolution.builder().problem(Problem.of(reason, message)).build();
  }

  /** Whether a target group (of the stack or existing) serves the backend. */
  default boolean served() {
    return problem().isEmpty();
  }

  /** The forward entry for the serving target group with {@code weight}; only when {@link #served()}. */
  default TargetGroupTuple tuple(int weight) {
    return targetGroupKey().isPresent()
        ? TargetGroupTuple.of(targetGroupKey().get(), weight)
        : TargetGroupTuple.ofName(targetGroupName().orElseThrow(), weight);
  }

  /** The forward entry for the serving target group without a weight; only when {@link #served()}. */
  default TargetGroupTuple tuple() {
    return targetGroupKey().isPresent()
        ? TargetGroupTuple.builder().targetGroupKey(targetGroupKey().get()).build()
        : TargetGroupTuple.builder().targetGroupName(targetGroupName().orElseThrow()).build();
  }

  @Value.Check
  default void check() {
    int present =
        (targetGroupKey().isPresent() ? 1 : 0) + (targetGroupName().isPresent() ? 1 : 0) + (problem().isPresent() ? 1 : 0);
    if (present != 1) {
      throw new IllegalStateException("a resolution has either a target group key, a target group name or a problem");
    }
  }
}
