/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.apply;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.sync.plan.Change;
import io.elbgateway.sync.plan.PlanProblem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;

/** What applying a plan did: the changes made, the one that failed (if any), the ARNs it knows. */
@Value.Immutable
@ModelStyle
public interface ApplyResult {

  /** The changes that were made, in order. */
  List<Change> applied();

  /** The change that failed, and why; applying stops there. */
  Optional<ApplyFailure> failure();

  /** Changes skipped because the resource turned out not to be elbgateway's. */
  List<PlanProblem> skipped();

  /** The ARN of every resource the plan named, by logical key. */
  Map<String, String> arns();

  /** The load balancer as the create call returned it, when the plan created it. */
  Optional<LoadBalancer> createdLoadBalancer();

  /** A builder. */
  static ImmutableApplyResult.Builder builder() {
    return ImmutableApplyResult.builder();
  }
}
