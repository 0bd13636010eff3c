/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;

/**
 * The ELBv2 quotas the in-memory ELBv2 enforces, with AWS's defaults (alb-elbv2.md §3). Lower them
 * in a test to reach a quota with few resources:
 *
 * <pre>{@code
 * ElbQuotas quotas = ElbQuotas.builder().rulesPerLoadBalancer(3).build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public interface ElbQuotas {

  /** AWS's defaults. */
  static ElbQuotas defaults() {
    return builder().build();
  }

  /** A builder starting from AWS's defaults. */
  static ImmutableElbQuotas.Builder builder() {
    return ImmutableElbQuotas.builder();
  }

  /** Load balancers of one type per Region (50; {@code TooManyLoadBalancers}). */
  @Value.Default
  default int loadBalancersPerRegion() {
    return 50;
  }

  /** Listeners per load balancer (50; {@code TooManyListeners}). */
  @Value.Default
  default int listenersPerLoadBalancer() {
    return 50;
  }

  /**
   * Rules per load balancer, across its listeners, default rules excluded (100; {@code
   * TooManyRules}).
   */
  @Value.Default
  default int rulesPerLoadBalancer() {
    return 100;
  }

  /** Certificates per load balancer, default certificates excluded (25; {@code TooManyCertificates}). */
  @Value.Default
  default int certificatesPerLoadBalancer() {
    return 25;
  }

  /** Target groups per Region (3,000; {@code TooManyTargetGroups}). */
  @Value.Default
  default int targetGroupsPerRegion() {
    return 3000;
  }

  /** Target groups per forward action (5, not adjustable; {@code TooManyTargetGroups}). */
  @Value.Default
  default int targetGroupsPerAction() {
    return 5;
  }

  /**
   * Distinct target groups one load balancer forwards to (100; {@code
   * TooManyUniqueTargetGroupsPerLoadBalancer}).
   */
  @Value.Default
  default int targetGroupsPerLoadBalancer() {
    return 100;
  }

  /** Targets per target group (1,000; {@code TooManyTargets}). */
  @Value.Default
  default int targetsPerTargetGroup() {
    return 1000;
  }

  /** User tags per resource, {@code aws:} tags not counted (50; {@code TooManyTags}). */
  @Value.Default
  default int tagsPerResource() {
    return 50;
  }

  /** Condition values per rule (5, not adjustable). */
  @Value.Default
  default int conditionValuesPerRule() {
    return 5;
  }

  /** Wildcards ({@code *} and {@code ?}) in the condition values of one rule (5, not adjustable). */
  @Value.Default
  default int conditionWildcardsPerRule() {
    return 5;
  }
}
