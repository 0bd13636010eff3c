/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.status.Condition;
import io.elbgateway.model.status.ConditionStatus;
import io.elbgateway.model.status.GatewayStatus;
import io.elbgateway.model.status.GatewayStatusAddress;
import io.elbgateway.sync.apply.ApplyFailure;
import io.elbgateway.sync.aws.CallCounts;
import io.elbgateway.sync.plan.Change;
import io.elbgateway.sync.plan.Plan;
import io.elbgateway.sync.plan.PlanProblem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What one sync of one stack did and what the Gateway's status should say: the plan, the changes
 * made, the failure that stopped it, the load balancer's DNS name and state, the ARNs by logical
 * key, and the AWS calls made (attempts by operation).
 */
@Value.Immutable
@ModelStyle
public interface SyncResult {

  /** The stack tag value ({@code namespace/name} of the Gateway). */
  String stack();

  /** The plan that was applied. */
  Plan plan();

  /** The changes made, in order. */
  List<Change> applied();

  /** The change that failed, and why. */
  Optional<ApplyFailure> failure();

  /** What the plan could not do, and changes skipped because ownership changed under them. */
  List<PlanProblem> problems();

  /** The load balancer's ARN, once it exists. */
  Optional<String> loadBalancerArn();

  /** The load balancer's DNS name, for the Gateway's {@code status.addresses}. */
  Optional<String> dnsName();

  /** The Route 53 zone of the DNS name, for alias records. */
  Optional<String> canonicalHostedZoneId();

  /** The load balancer's state. */
  Optional<LoadBalancerState> state();

  /** The ARN of every resource of the stack the engine knows, by logical key. */
  Map<String, String> arns();

  /** The AWS calls this sync made. */
  CallCounts calls();

  /** When to sync again even without a change: while provisioning or draining. */
  Optional<Duration> requeueAfter();

  /** Whether AWS is in step: the plan ran to the end and nothing was left undone. */
  default boolean converged() {
    return failure().isEmpty() && problems().isEmpty();
  }

  /**
   * The Gateway's {@code Programmed} condition: True when everything was applied and the load
   * balancer serves; False with reason {@code Pending} while it provisions, {@code Invalid} when a
   * change failed or could not be made (the message says which and why).
   */
  default Condition programmed() {
    if (failure().isPresent() || !problems().isEmpty()) {
      List<String> reasons = new ArrayList<>();
      failure().ifPresent(f -> reasons.add(f.describe()));
      problems().forEach(p -> reasons.add(p.key() + ": " + p.message()));
      return Condition.builder()
          .type("Programmed")
          .status(ConditionStatus.FALSE)
          .reason("Invalid")
          .message(String.join("; ", reasons))
          .build();
    }
    if (state().map(LoadBalancerState::serving).orElse(false)) {
      return Condition.builder()
          .type("Programmed")
          .status(ConditionStatus.TRUE)
          .reason("Programmed")
          .message("load balancer " + dnsName().orElse("") + " is " + state().get())
          .build();
    }
    return Condition.builder()
        .type("Programmed")
        .status(ConditionStatus.FALSE)
        .reason("Pending")
        .message("load balancer is " + state().map(Object::toString).orElse("not created yet"))
        .build();
  }

  /** The Gateway's {@code status.addresses}: the DNS name, as a Hostname address. */
  default List<GatewayStatusAddress> addresses() {
    return dnsName().stream()
        .map(name -> GatewayStatusAddress.builder().type("Hostname").value(name).build())
        .collect(Collectors.toList());
  }

  /**
   * The translator's status of the Gateway with this sync's part added: the addresses and the
   * {@code Programmed} condition (replacing one already there).
   */
  default GatewayStatus applyTo(GatewayStatus status) {
    List<Condition> conditions =
        status.conditions().stream().filter(c -> !c.type().equals("Programmed")).collect(Collectors.toList());
    conditions.add(programmed());
    return GatewayStatus.builder().from(status).addresses(addresses()).conditions(conditions).build();
  }

  /** A builder. */
  static ImmutableSyncResult.Builder builder() {
    return ImmutableSyncResult.builder();
  }
}
