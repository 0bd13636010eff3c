/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.observe;

import io.elbgateway.model.ModelStyle;
import java.util.Map;
import org.immutables.value.Value;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Rule;

/** A listener rule as AWS has it, with its tags and whether elbgateway owns it. */
@Value.Immutable
@ModelStyle
public interface ObservedRule {

  /** The rule as {@code DescribeRules} returned it. */
  Rule rule();

  /** Its tags. */
  Map<String, String> tags();

  /** Whether its ownership tags name this cluster and stack. */
  boolean owned();

  /** Its ARN. */
  default String arn() {
    return rule().ruleArn();
  }

  /** Its priority (never the default rule, which the engine does not list). */
  default int priority() {
    return Integer.parseInt(rule().priority());
  }

  /** A builder. */
  static ImmutableObservedRule.Builder builder() {
    return ImmutableObservedRule.builder();
  }
}
