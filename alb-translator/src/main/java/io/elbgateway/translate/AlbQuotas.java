/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;

/**
 * The ELBv2 quotas the translator checks before AWS sees a rule (defaults from the AWS quota pages,
 * see {@code alb-elbv2.md} §1.3 and §3.1). Some are adjustable per account; set the account's values
 * here. A rule that breaks one fails alone, with a status that names the quota.
 */
@Value.Immutable
@ModelStyle
public interface AlbQuotas {

  /** Rules per ALB, default rules excluded (adjustable). */
  @Value.Default
  default int rulesPerLoadBalancer() {
    return 100;
  }

  /** Condition values (match evaluations) per rule (not adjustable). */
  @Value.Default
  default int conditionValuesPerRule() {
    return 5;
  }

  /** Match evaluations per condition. */
  @Value.Default
  default int valuesPerCondition() {
    return 3;
  }

  /** Wildcards ({@code *}, {@code ?}) per rule (not adjustable). */
  @Value.Default
  default int wildcardsPerRule() {
    return 5;
  }

  /** Target groups per forward action (not adjustable). */
  @Value.Default
  default int targetGroupsPerAction() {
    return 5;
  }

  /** Target groups per ALB (not adjustable). */
  @Value.Default
  default int targetGroupsPerLoadBalancer() {
    return 100;
  }

  /** Listeners per ALB (adjustable). */
  @Value.Default
  default int listenersPerLoadBalancer() {
    return 50;
  }

  /** Certificates per ALB, default certificates excluded (adjustable). */
  @Value.Default
  default int certificatesPerLoadBalancer() {
    return 25;
  }

  /** The longest value of a condition ({@code path-pattern}, {@code host-header}, ...). */
  @Value.Default
  default int conditionValueLength() {
    return 128;
  }

  /** The highest rule priority. */
  @Value.Default
  default int maxPriority() {
    return 50_000;
  }

  /** The quotas AWS gives a new account. */
  static AlbQuotas defaults() {
    return ImmutableAlbQuotas.builder().build();
  }

  /** A builder starting from the defaults. */
  static ImmutableAlbQuotas.Builder builder() {
    return ImmutableAlbQuotas.builder();
  }
}
