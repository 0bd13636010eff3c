/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.alb;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;

/**
 * An error the load balancer generates itself rather than an action's configured answer: e.g. 503
 * for a forward with no target group of positive weight, 500 when a matching transform fails.
 */
@Value.Immutable
@ModelStyle
public non-sealed interface LoadBalancerError extends AlbResult {

  /** The HTTP status the load balancer answers with. */
  @Value.Parameter
  int statusCode();

  /** Why, in words, with the source of the behaviour. */
  @Value.Parameter
  String reason();

  /** A status and a reason. */
  static LoadBalancerError of(int statusCode, String reason) {
    return ImmutableLoadBalancerError.of(statusCode, reason);
  }
}
