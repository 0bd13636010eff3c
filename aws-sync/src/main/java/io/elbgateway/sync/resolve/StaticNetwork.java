/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.resolve;

import io.elbgateway.model.elb.LoadBalancer;
import io.elbgateway.model.elb.SubnetMapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link NetworkResolver} from fixed tables: subnet names to IDs, security group names to IDs, and
 * the ID of a pre-created security group that stands for every managed one. IDs ({@code subnet-...},
 * {@code sg-...}) pass through unchanged. Subnet selectors are not supported (they need EC2
 * tags); a load balancer that uses one gets a {@link ResolutionException} saying so.
 */
public final class StaticNetwork implements NetworkResolver {

  private final Map<String, String> subnets;
  private final Map<String, String> securityGroups;
  private final Optional<String> managedSecurityGroup;

  private StaticNetwork(
      Map<String, String> subnets, Map<String, String> securityGroups, Optional<String> managed) {
    this.subnets = Map.copyOf(subnets);
    this.securityGroups = Map.copyOf(securityGroups);
    this.managedSecurityGroup = managed;
  }

  /** A network that passes IDs through and knows no names. */
  public static StaticNetwork idsOnly() {
    return new StaticNetwork(Map.of(), Map.of(), Optional.empty());
  }

  /** This network with a subnet name. */
  public StaticNetwork withSubnet(String name, String subnetId) {
    Map<String, String> next = new LinkedHashMap<>(subnets);
    next.put(name, subnetId);
    return new StaticNetwork(next, securityGroups, managedSecurityGroup);
  }

  /** This network with a security group name. */
  public StaticNetwork withSecurityGroup(String name, String groupId) {
    Map<String, String> next = new LinkedHashMap<>(securityGroups);
    next.put(name, groupId);
    return new StaticNetwork(subnets, next, managedSecurityGroup);
  }

  /** This network with the group every managed security group resolves to. */
  public StaticNetwork withManagedSecurityGroup(String groupId) {
    return new StaticNetwork(subnets, securityGroups, Optional.of(groupId));
  }

  @Override
  public List<SubnetMapping> subnets(LoadBalancer loadBalancer) {
    if (loadBalancer.subnetMappings().isEmpty()) {
      throw new ResolutionException(
          loadBalancer.subnetSelector().isEmpty()
              ? "load balancer " + loadBalancer.key() + " names no subnets; set loadBalancerSubnets"
              : "load balancer " + loadBalancer.key() + " picks subnets by selector "
                  + loadBalancer.subnetSelector() + ", which needs an EC2-backed NetworkResolver; list subnet IDs instead");
    }
    List<SubnetMapping> out = new ArrayList<>();
    for (SubnetMapping mapping : loadBalancer.subnetMappings()) {
      if (mapping.subnetIsId()) {
        out.add(mapping);
      } else if (subnets.containsKey(mapping.subnet())) {
        out.add(SubnetMapping.builder().from(mapping).subnet(subnets.get(mapping.subnet())).build());
      } else {
        throw new ResolutionException(
            "load balancer " + loadBalancer.key() + ": subnet \"" + mapping.subnet() + "\" is not a subnet ID and no subnet has that name");
      }
    }
    return out;
  }

  @Override
  public List<String> securityGroups(LoadBalancer loadBalancer) {
    List<String> out = new ArrayList<>();
    for (String group : loadBalancer.securityGroups()) {
      if (group.startsWith("sg-")) {
        out.add(group);
      } else if (securityGroups.containsKey(group)) {
        out.add(securityGroups.get(group));
      } else {
        throw new ResolutionException(
            "load balancer " + loadBalancer.key() + ": security group \"" + group + "\" is not an ID and no group has that name");
      }
    }
    if (loadBalancer.managedSecurityGroup().isPresent()) {
      out.add(
          managedSecurityGroup.orElseThrow(
              () ->
                  new ResolutionException(
                      "load balancer " + loadBalancer.key() + " asks for a managed security group, and this network has none; "
                          + "give the NetworkResolver one, or set securityGroups")));
    }
    return out;
  }
}
