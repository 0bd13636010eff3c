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
import java.util.HashMap;
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

  /** Whether an unmanaged target group a tuple names does not exist. */
  boolean missing(TargetGroupTuple tuple) {
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
