/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.plan;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Something the plan cannot do, and why: a name taken by a resource elbgateway does not own, a rule
 * priority held by someone else's rule, a certificate not found, deletion protection. The resource
 * it names is left as it is; the rest of the stack is still planned.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutablePlanProblem.class)
@JsonDeserialize(as = ImmutablePlanProblem.class)
public interface PlanProblem {

  /** The logical key (or ARN) of the resource that cannot be changed as desired. */
  @Value.Parameter
  String key();

  /** What is wrong and what to do about it. */
  @Value.Parameter
  String message();

  /** A problem. */
  static PlanProblem of(String key, String message) {
    return ImmutablePlanProblem.of(key, message);
  }
}
