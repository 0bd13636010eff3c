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
import io.elbgateway.model.status.ListenerSetStatus;
import io.elbgateway.model.status.ListenerStatus;
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
      return notProgrammed("Invalid", String.join("; ", reasons));
    }
    return serving("load balancer " + dnsName().orElse("") + " is " + state().map(Object::toString).orElse(""));
  }

  /**
   * Programmed=True while the load balancer serves, else False with reason {@code Pending} (it
   * provisions, or does not exist yet).
   */
  private Condition serving(String message) {
    if (state().map(LoadBalancerState::serving).orElse(false)) {
      return Condition.builder().type("Programmed").status(ConditionStatus.TRUE).reason("Programmed").message(message).build();
    }
    return notProgrammed("Pending", "load balancer is " + state().map(Object::toString).orElse("not created yet"));
  }

  /** The Gateway's {@code status.addresses}: the DNS name, as a Hostname address. */
  default List<GatewayStatusAddress> addresses() {
    return dnsName().stream()
        .map(name -> GatewayStatusAddress.builder().type("Hostname").value(name).build())
        .collect(Collectors.toList());
  }

  /**
   * The translator's status of the Gateway with this sync's part added: the addresses and the
   * {@code Programmed} condition of the Gateway and of each listener (replacing ones already there).
   * Without the listeners' ports, a listener's {@code Programmed} follows the Gateway's.
   */
  default GatewayStatus applyTo(GatewayStatus status) {
    return applyTo(status, Map.of());
  }

  /**
   * {@link #applyTo(GatewayStatus)}, with the Gateway's listener ports by listener name, so that a
   * problem of one ELB listener (a certificate not found, a port held by someone else's listener)
   * makes only the Gateway listeners on that port {@code Programmed=False}.
   */
  default GatewayStatus applyTo(GatewayStatus status, Map<String, Integer> listenerPorts) {
    return GatewayStatus.builder()
        .from(status)
        .addresses(addresses())
        .conditions(withProgrammed(status.conditions(), programmed()))
        .listeners(
            status.listeners().stream()
                .map(l -> withProgrammed(l, Optional.ofNullable(listenerPorts.get(l.name()))))
                .collect(Collectors.toList()))
        .build();
  }

  /**
   * The translator's status of a ListenerSet of this Gateway with this sync's part added: {@code
   * Programmed} on the set (when the Gateway accepted it) and on each entry, by its port.
   */
  default ListenerSetStatus applyTo(ListenerSetStatus status) {
    boolean accepted = isTrue(status.conditions(), "Accepted");
    Condition programmed =
        accepted ? programmed() : notProgrammed("Invalid", "the ListenerSet is not accepted by its Gateway");
    return ListenerSetStatus.builder()
        .from(status)
        .conditions(withProgrammed(status.conditions(), programmed))
        .listeners(status.listeners().stream().map(l -> withProgrammed(l, l.port())).collect(Collectors.toList()))
        .build();
  }

  private ListenerStatus withProgrammed(ListenerStatus listener, Optional<Integer> port) {
    Condition programmed;
    if (!isTrue(listener.conditions(), "Accepted")) {
      programmed = notProgrammed("Invalid", "the listener is not accepted");
    } else {
      List<String> own =
          port.map(p -> problems().stream()
                  .filter(problem -> listenerPort(problem.key()).equals(Optional.of(p)))
                  .map(problem -> problem.key() + ": " + problem.message())
                  .collect(Collectors.toList()))
              .orElse(List.of());
      if (!own.isEmpty()) {
        programmed = notProgrammed("Invalid", String.join("; ", own));
      } else if (failure().isPresent()) {
        programmed = notProgrammed("Invalid", failure().get().describe());
      } else {
        programmed = serving("");
      }
    }
    return ListenerStatus.builder().from(listener).conditions(withProgrammed(listener.conditions(), programmed)).build();
  }

  /** The port of the ELB listener a logical key names ({@code ns/gateway/HTTPS:443}), if it names one. */
  private static Optional<Integer> listenerPort(String key) {
    String[] parts = key.split("/");
    if (parts.length != 3) {
      return Optional.empty();
    }
    int colon = parts[2].lastIndexOf(':');
    if (colon <= 0 || !parts[2].substring(0, colon).matches("[A-Z_]+")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.parseInt(parts[2].substring(colon + 1)));
    } catch (NumberFormatException notAPort) {
      return Optional.empty();
    }
  }

  private static List<Condition> withProgrammed(List<Condition> conditions, Condition programmed) {
    List<Condition> out =
        conditions.stream().filter(c -> !c.type().equals("Programmed")).collect(Collectors.toList());
    out.add(programmed);
    return out;
  }

  private static boolean isTrue(List<Condition> conditions, String type) {
    return conditions.stream().anyMatch(c -> c.type().equals(type) && c.status() == ConditionStatus.TRUE);
  }

  private static Condition notProgrammed(String reason, String message) {
    return Condition.builder().type("Programmed").status(ConditionStatus.FALSE).reason(reason).message(message).build();
  }

  /** A builder. */
  static ImmutableSyncResult.Builder builder() {
    return ImmutableSyncResult.builder();
  }
}
