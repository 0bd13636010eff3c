/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;

/**
 * How many ALB rules a Gateway's translation emits, next to how many the AWS Load Balancer
 * Controller would emit for the same input (one rule per route, rule, match and hostname, on every
 * port the route attaches to). The quota is 100 rules per ALB, so the difference decides how many
 * routes fit on one load balancer.
 */
@Value.Immutable
@ModelStyle
public interface RuleCount {

  /** The rules this translation emits (listener isolation rules included). */
  @Value.Parameter
  long rules();

  /** The rules LBC would emit for the same attached routes. */
  @Value.Parameter
  long lbcRules();

  /** A count. */
  static RuleCount of(long rules, long lbcRules) {
    return ImmutableRuleCount.of(rules, lbcRules);
  }
}
