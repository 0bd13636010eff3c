/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetDescription;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealth;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetHealthDescription;

/**
 * The targets registered in each target group, with their lifecycle (alb-elbv2.md §6.3):
 *
 * <ul>
 *   <li>registering a registered target is a no-op; registering a draining one makes it
 *       registered again;
 *   <li>a registered target of a target group in use by a load balancer reports {@code initial}
 *       (reason {@code Elb.RegistrationInProgress}) to its first {@code healthyAfterDescribes}
 *       DescribeTargetHealth calls, then {@code healthy}; in a target group no load balancer uses it
 *       reports {@code unused} ({@code Target.NotInUse});
 *   <li>deregistering puts it into {@code draining} ({@code Target.DeregistrationInProgress}) for
 *       the group's {@code deregistration_delay.timeout_seconds} on the clock; then it is gone;
 *       deregistering an unknown target is ignored.
 * </ul>
 */
final class TargetRegistry {

  private static final class Registered {
    final TargetDescription target;
    Instant drainUntil;
    int healthReads;

    Registered(TargetDescription target) {
      this.target = target;
    }
  }

  private final Map<String, Map<String, Registered>> byGroup = new HashMap<>();

  /** Registers {@code targets} (ports resolved) all or none: the quota is checked first. */
  void register(String group, List<TargetDescription> targets, int quota) {
    Map<String, Registered> registered = byGroup.computeIfAbsent(group, g -> new LinkedHashMap<>());
    long added = targets.stream().map(TargetRegistry::key).distinct().filter(k -> !registered.containsKey(k)).count();
    if (registered.size() + added > quota) {
      throw ServiceErrors.ELBV2.error(
          "TooManyTargets", "You have reached the limit of " + quota + " targets per target group");
    }
    for (TargetDescription t : targets) {
      Registered r = registered.computeIfAbsent(key(t), k -> new Registered(t));
      if (r.drainUntil != null) {
        r.drainUntil = null;
        r.healthReads = 0;
      }
    }
  }

  /** Starts draining {@code targets} (ports resolved) for {@code delay}; unknown ones are ignored. */
  void deregister(String group, List<TargetDescription> targets, Duration delay, Instant now) {
    Map<String, Registered> registered = byGroup.getOrDefault(group, Map.of());
    for (TargetDescription t : targets) {
      Registered r = registered.get(key(t));
      if (r != null && r.drainUntil == null) {
        r.drainUntil = now.plus(delay);
      }
    }
    expire(group, now);
  }

  /** The health of every target of {@code group}, or of {@code which} when given. */
  List<TargetHealthDescription> health(
      String group, List<TargetDescription> which, boolean inUse, String healthCheckPort, int healthyAfter, Instant now) {
    expire(group, now);
    Map<String, Registered> registered = byGroup.getOrDefault(group, Map.of());
    List<TargetHealthDescription> out = new ArrayList<>();
    if (which.isEmpty()) {
      for (Registered r : registered.values()) {
        out.add(describe(r, inUse, healthCheckPort, healthyAfter));
      }
      return out;
    }
    for (TargetDescription t : which) {
      Registered r = registered.get(key(t));
      out.add(
          r != null
              ? describe(r, inUse, healthCheckPort, healthyAfter)
              : describe(t, healthCheckPort, "unused", "Target.NotRegistered", "Target is not registered to the target group"));
    }
    return out;
  }

  /** The targets of {@code group} that are registered and not draining. */
  List<TargetDescription> serving(String group, Instant now) {
    expire(group, now);
    List<TargetDescription> out = new ArrayList<>();
    byGroup.getOrDefault(group, Map.of()).values().stream()
        .filter(r -> r.drainUntil == null)
        .forEach(r -> out.add(r.target));
    return out;
  }

  /** The targets of {@code group} that are draining. */
  List<TargetDescription> draining(String group, Instant now) {
    expire(group, now);
    List<TargetDescription> out = new ArrayList<>();
    byGroup.getOrDefault(group, Map.of()).values().stream()
        .filter(r -> r.drainUntil != null)
        .forEach(r -> out.add(r.target));
    return out;
  }

  void forget(String group) {
    byGroup.remove(group);
  }

  private void expire(String group, Instant now) {
    Map<String, Registered> registered = byGroup.get(group);
    if (registered == null) {
      return;
    }
    for (Iterator<Registered> it = registered.values().iterator(); it.hasNext(); ) {
      Registered r = it.next();
      if (r.drainUntil != null && !now.isBefore(r.drainUntil)) {
        it.remove();
      }
    }
  }

  private static TargetHealthDescription describe(
      Registered r, boolean inUse, String healthCheckPort, int healthyAfter) {
    if (r.drainUntil != null) {
      return describe(r.target, healthCheckPort, "draining", "Target.DeregistrationInProgress", "Target deregistration is in progress");
    }
    if (!inUse) {
      return describe(r.target, healthCheckPort, "unused", "Target.NotInUse", "Target group is not configured to receive traffic from the load balancer");
    }
    if (r.healthReads++ < healthyAfter) {
      return describe(r.target, healthCheckPort, "initial", "Elb.RegistrationInProgress", "Target registration is in progress");
    }
    return TargetHealthDescription.builder()
        .target(r.target)
        .healthCheckPort(port(r.target, healthCheckPort))
        .targetHealth(TargetHealth.builder().state("healthy").build())
        .build();
  }

  private static TargetHealthDescription describe(
      TargetDescription t, String healthCheckPort, String state, String reason, String description) {
    return TargetHealthDescription.builder()
        .target(t)
        .healthCheckPort(port(t, healthCheckPort))
        .targetHealth(TargetHealth.builder().state(state).reason(reason).description(description).build())
        .build();
  }

  private static String port(TargetDescription t, String healthCheckPort) {
    return "traffic-port".equals(healthCheckPort) || healthCheckPort == null
        ? String.valueOf(t.port())
        : healthCheckPort;
  }

  private static String key(TargetDescription t) {
    return t.id() + ":" + t.port() + ":" + (t.availabilityZone() == null ? "" : t.availabilityZone());
  }
}
