/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import io.elbgateway.model.elb.LoadBalancer;
import io.elbgateway.model.elb.SubnetMapping;
import io.elbgateway.sync.resolve.NetworkResolver;
import io.elbgateway.sync.resolve.StaticNetwork;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The network of the built-in in-memory AWS: subnet and security group IDs pass through, every
 * managed security group is one built-in group, and a load balancer that picks subnets by selector
 * (or names none) gets two built-in subnets; that choice is noted for the plan output, since a real
 * account would pick by EC2 tags.
 */
final class BuiltInNetwork implements NetworkResolver {

  /** The two subnets a selector resolves to. */
  static final List<String> SUBNETS = List.of("subnet-0e1b0000000000001", "subnet-0e1b0000000000002");

  /** The security group every managed security group resolves to. */
  static final String MANAGED_SECURITY_GROUP = "sg-0e1b0000000000001";

  private final StaticNetwork ids = StaticNetwork.idsOnly().withManagedSecurityGroup(MANAGED_SECURITY_GROUP);
  private final Set<String> notes = new LinkedHashSet<>();

  @Override
  public synchronized List<SubnetMapping> subnets(LoadBalancer loadBalancer) {
    if (!loadBalancer.subnetMappings().isEmpty()) {
      return ids.subnets(loadBalancer);
    }
    notes.add("load balancer " + loadBalancer.key()
        + (loadBalancer.subnetSelector().isEmpty()
            ? " names no subnets"
            : " picks subnets by selector " + loadBalancer.subnetSelector())
        + ": the built-in AWS placed it in " + String.join(" and ", SUBNETS)
        + " (a real account picks by EC2 tags; list subnet IDs in loadBalancerSubnets to choose)");
    return SUBNETS.stream().map(SubnetMapping::of).collect(Collectors.toList());
  }

  @Override
  public List<String> securityGroups(LoadBalancer loadBalancer) {
    return ids.securityGroups(loadBalancer);
  }

  /** The notes so far. */
  synchronized List<String> notes() {
    return new ArrayList<>(notes);
  }

  /** Forgets the notes (those of replaying the state file are not news). */
  synchronized void clearNotes() {
    notes.clear();
  }
}
