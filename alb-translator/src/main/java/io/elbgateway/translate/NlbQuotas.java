/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;

/**
 * The Network Load Balancer quotas checked before AWS sees a listener ({@code alb-elbv2.md} §2.2,
 * §3.2). Listeners per NLB is not adjustable at AWS; the others are, and so are these values.
 */
@Value.Immutable
@ModelStyle
public interface NlbQuotas {

  /** Listeners per Network Load Balancer (50, not adjustable). */
  @Value.Default
  default int listenersPerLoadBalancer() {
    return 50;
  }

  /** Certificates per Network Load Balancer, default certificates excepted (25). */
  @Value.Default
  default int certificatesPerLoadBalancer() {
    return 25;
  }

  /**
   * Target groups one NLB forward action takes: 1. ELBv2 documents that an NLB forward takes a
   * single target group, and refuses a weight on load balancers of type network.
   */
  @Value.Default
  default int targetGroupsPerAction() {
    return 1;
  }

  /** The defaults. */
  static NlbQuotas defaults() {
    return ImmutableNlbQuotas.builder().build();
  }

  /** A builder starting from the defaults. */
  static ImmutableNlbQuotas.Builder builder() {
    return ImmutableNlbQuotas.builder();
  }
}
