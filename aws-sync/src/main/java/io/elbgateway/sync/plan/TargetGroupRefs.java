/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.plan;

import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.elb.TargetGroup;
import io.elbgateway.model.elb.TargetGroupTuple;
import io.elbgateway.sync.observe.Inventory;
import io.elbgateway.sync.observe.ObservedStack;
import io.elbgateway.sync.observe.ObservedTargetGroup;
import io.elbgateway.model.elb.Action;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

/**
 * What the target groups a plan refers to are called in AWS right now: the ARN of an owned target
 * group that exists, a {@code new:<name>} placeholder for one the plan creates, and the ARN of an
 * unmanaged group named by {@code TargetGroupName}. The placeholder never equals an ARN, so a rule
 * that must point at a new target group always shows as changed.
 */
final class TargetGroupRefs {

  static final String NEW = "new:";

  private final ElbStack desired;
  private final Map<String, String> ownedArnsByName = new HashMap<>();
  private final Map<String, String> namesByArn = new HashMap<>();
  private final Inventory inventory;
  private final Set<String> blocked = new HashSet<>();

  TargetGroupRefs(ElbStack desired, ObservedStack observed, Inventory inventory) {
    this.desired = desired;
    this.inventory = inventory;
    for (ObservedTargetGroup tg : observed.targetGroups()) {
      ownedArnsByName.put(tg.name(), tg.arn());
    }
    inventory.targetGroupsByName().forEach((name, tg) -> namesByArn.put(tg.targetGroupArn(), name));
  }

  /** The ARN (or placeholder) a tuple stands for. */
  String arn(TargetGroupTuple tuple) {
    if (tuple.targetGroupKey().isPresent()) {
      Optional<TargetGroup> group = desired.targetGroup(tuple.targetGroupKey().get());
      String name = group.map(TargetGroup::name).orElse(tuple.targetGroupKey().get());
      return ownedArnsByName.getOrDefault(name, NEW + name);
    }
    String name = tuple.targetGroupName().orElseThrow();
    return inventory.targetGroupNamed(name).map(t -> t.targetGroupArn()).orElse("missing:" + name);
  }

  /** Marks the desired target group {@code name} as one the plan cannot create. */
  void block(String name) {
    blocked.add(NEW + name);
  }

  /**
   * Whether the actions forward to a target group that will not exist: one the plan cannot create,
   * or an unmanaged one that is not there.
   */
  boolean unavailable(List<Action> actions) {
    return actions.stream()
        .flatMap(a -> a.forwardConfig().stream())
        .flatMap(f -> f.targetGroups().stream())
        .anyMatch(t -> blocked.contains(arn(t)) || missing(t));
  }

  private boolean missing(TargetGroupTuple tuple) {
    return tuple.targetGroupName().isPresent()
        && inventory.targetGroupNamed(tuple.targetGroupName().get()).isEmpty();
  }

  /** A target group's name for a person, from its ARN or placeholder. */
  String label(String arn) {
    if (arn == null) {
      return "?";
    }
    if (arn.startsWith(NEW)) {
      return arn.substring(NEW.length()) + " (new)";
    }
    return namesByArn.getOrDefault(arn, arn);
  }
}
