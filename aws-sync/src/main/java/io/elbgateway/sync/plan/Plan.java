/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.plan;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.codec.ModelMappers;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The ordered changes that make one stack in AWS what the desired state says, and the problems that
 * keep parts of it from happening. A pure value: computing it reads nothing, and it can be shown to a
 * person ({@link #toText()}) or a program ({@link #toJson()}) before anything is applied.
 *
 * <p>The order is safe: target groups exist before rules use them; rules move out of the way in one
 * {@code SetRulePriorities} before new rules take their places; new rules exist before old ones go;
 * listeners and rules stop using a target group before it is deleted, and its targets drain first.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutablePlan.class)
@JsonDeserialize(as = ImmutablePlan.class)
public interface Plan {

  /** The stack tag value: the Gateway's {@code namespace/name}. */
  String stack();

  /** Whether the plan deletes the whole stack (its Gateway is gone). */
  @Value.Default
  default boolean deletion() {
    return false;
  }

  /** The changes, in the order they run. */
  List<Change> changes();

  /**
   * The ARNs of the existing resources the changes refer to by logical key: the load balancer,
   * listeners and target groups by key, and unmanaged target groups as {@code name:<name>}. With
   * them a plan applies on its own, without observing again.
   */
  Map<String, String> arns();

  /** The VPC of the existing load balancer, for new target groups. */
  Optional<String> vpcId();

  /** What the plan cannot do. */
  List<PlanProblem> problems();

  /**
   * When to sync again even if nothing changes: set while targets drain before their target group
   * can be deleted.
   */
  Optional<Duration> recheckAfter();

  /** Whether there is nothing to change. */
  default boolean empty() {
    return changes().isEmpty();
  }

  /** Whether a change interrupts traffic. */
  default boolean disruptive() {
    return changes().stream().anyMatch(Change::disruptive);
  }

  /** The plan as text a person reviews, like a Terraform plan. */
  default String toText() {
    return PlanText.render(this);
  }

  /** The plan as JSON. */
  default String toJson() {
    return ModelMappers.json().writerWithDefaultPrettyPrinter().writeValueAsString(this);
  }

  /** A builder. */
  static ImmutablePlan.Builder builder() {
    return ImmutablePlan.builder();
  }
}
