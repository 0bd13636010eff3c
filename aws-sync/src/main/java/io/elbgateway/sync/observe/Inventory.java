/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.observe;

import io.elbgateway.model.ModelStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup;

/**
 * Every load balancer and target group of the Region, as listed once per sync, with the ones this
 * cluster owns grouped by stack. The whole listing is kept because names are unique per Region: a
 * name taken by someone else's resource is a conflict to report, not a resource to adopt.
 */
@Value.Immutable
@ModelStyle
public interface Inventory {

  /** Every load balancer of the Region, by name. */
  Map<String, LoadBalancer> loadBalancersByName();

  /** Every target group of the Region, by name. */
  Map<String, TargetGroup> targetGroupsByName();

  /** The ARNs of owned load balancers, by stack tag value. */
  Map<String, List<String>> ownedLoadBalancers();

  /** The ARNs of owned target groups, by stack tag value. */
  Map<String, List<String>> ownedTargetGroups();

  /** The tags of every owned resource listed, by ARN. */
  Map<String, Map<String, String>> tags();

  /** Every load balancer of the Region, by ARN (computed once). */
  @Value.Lazy
  default Map<String, LoadBalancer> loadBalancersByArn() {
    Map<String, LoadBalancer> byArn = new HashMap<>();
    loadBalancersByName().values().forEach(lb -> byArn.put(lb.loadBalancerArn(), lb));
    return byArn;
  }

  /** Every target group of the Region, by ARN (computed once). */
  @Value.Lazy
  default Map<String, TargetGroup> targetGroupsByArn() {
    Map<String, TargetGroup> byArn = new HashMap<>();
    targetGroupsByName().values().forEach(tg -> byArn.put(tg.targetGroupArn(), tg));
    return byArn;
  }

  /** The stack tag values that own anything. */
  default Set<String> stacks() {
    Set<String> stacks = new TreeSet<>(ownedLoadBalancers().keySet());
    stacks.addAll(ownedTargetGroups().keySet());
    return stacks;
  }

  /** The target group named {@code name}, whoever owns it. */
  default Optional<TargetGroup> targetGroupNamed(String name) {
    return Optional.ofNullable(targetGroupsByName().get(name));
  }

  /** A builder. */
  static ImmutableInventory.Builder builder() {
    return ImmutableInventory.builder();
  }
}
