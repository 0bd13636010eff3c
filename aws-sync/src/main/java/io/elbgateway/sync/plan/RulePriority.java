/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.plan;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A rule and the priority {@code SetRulePriorities} gives it. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableRulePriority.class)
@JsonDeserialize(as = ImmutableRulePriority.class)
public interface RulePriority {

  /** The rule's logical key, or its ARN when it has none. */
  @Value.Parameter
  String key();

  /** The rule's ARN. */
  @Value.Parameter
  String ruleArn();

  /** The new priority. */
  @Value.Parameter
  int priority();

  /** A rule priority. */
  static RulePriority of(String key, String ruleArn, int priority) {
    return ImmutableRulePriority.of(key, ruleArn, priority);
  }
}
