/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.lb;

import io.elbgateway.model.aws.LoadBalancerConfigurationSpec;
import io.elbgateway.model.aws.SubnetConfiguration;
import io.elbgateway.model.elb.ImmutableLoadBalancer;
import io.elbgateway.model.elb.ImmutableSubnetMapping;
import io.elbgateway.model.elb.IpAddressType;
import io.elbgateway.model.elb.OnOff;
import io.elbgateway.model.elb.LoadBalancerScheme;
import io.elbgateway.model.elb.SubnetMapping;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where a Gateway's ALB sits: explicit subnets, else a subnet selector by tags, else the standard
 * discovery tags.
 *
 * <ol>
 *   <li>{@code loadBalancerSubnets} with at least one identifier: one {@link SubnetMapping} per
 *       distinct identifier, in the order written. An identifier starting with {@code subnet-} is an
 *       ID; any other is a {@code Name} tag aws-sync resolves. ALB has no per-subnet addresses, so
 *       each set {@code eipAllocation}, {@code privateIPv4Allocation}, {@code ipv6Allocation} and
 *       {@code sourceNatIPv6Prefix} is reported and ignored; an entry without identifier is reported
 *       and skipped. An empty list (which in a merge clears the other level's subnets) falls
 *       through to the next step, as in the reference controller. A single subnet is reported:
 *       ALB needs two Availability Zones.
 *   <li>{@code loadBalancerSubnetsSelector} with at least one key: tag key to accepted values, keys
 *       and values sorted.
 *   <li>The standard discovery tags of the reference controller: {@code kubernetes.io/role/elb} for
 *       internet-facing, {@code kubernetes.io/role/internal-elb} for internal load balancers, with
 *       the value {@code 1} or empty (the values its subnet discovery documentation accepts).
 * </ol>
 */
final class SubnetPlacement {

  /** The tag of subnets for internet-facing load balancers. */
  static final String PUBLIC_ROLE_TAG = "kubernetes.io/role/elb";

  /** The tag of subnets for internal load balancers. */
  static final String INTERNAL_ROLE_TAG = "kubernetes.io/role/internal-elb";

  /** The values of a role tag that mark a subnet for discovery. */
  static final List<String> ROLE_TAG_VALUES = List.of("", "1");

  private SubnetPlacement() {}

  static void apply(
      LoadBalancerConfigurationSpec spec,
      LoadBalancerScheme scheme,
      ConfigurationOwners owners,
      ImmutableLoadBalancer.Builder loadBalancer) {
    List<SubnetConfiguration> explicit = spec.loadBalancerSubnets().orElse(List.of());
    Set<String> identifiers = new LinkedHashSet<>();
    for (int i = 0; i < explicit.size(); i++) {
      SubnetConfiguration subnet = explicit.get(i);
      String path = ".spec.loadBalancerSubnets[" + i + "]";
      reportNlbOnly(owners, path + ".eipAllocation", subnet.eipAllocation().isPresent());
      reportNlbOnly(owners, path + ".privateIPv4Allocation", subnet.privateIPv4Allocation().isPresent());
      reportNlbOnly(owners, path + ".ipv6Allocation", subnet.ipv6Allocation().isPresent());
      reportNlbOnly(owners, path + ".sourceNatIPv6Prefix", subnet.sourceNatIPv6Prefix().isPresent());
      if (subnet.effectiveIdentifier().isEmpty()) {
        owners.report(
            s -> s.loadBalancerSubnets().isPresent(),
            path + ".identifier",
            "a subnet without identifier is skipped; set the subnet ID or Name tag");
      }
      subnet.effectiveIdentifier().ifPresent(identifiers::add);
    }
    if (identifiers.size() == 1) {
      owners.report(
          s -> s.loadBalancerSubnets().isPresent(),
          ".spec.loadBalancerSubnets",
          "an Application Load Balancer needs subnets in at least two Availability Zones; AWS will refuse"
              + " one subnet; list a subnet of a second zone");
    }
    if (!identifiers.isEmpty()) {
      identifiers.forEach(id -> loadBalancer.addSubnetMapping(SubnetMapping.of(id)));
      return;
    }
    applySelector(spec, scheme, loadBalancer);
  }

  /**
   * Where a Gateway's Network Load Balancer sits: as {@link #apply}, but explicit subnets keep their
   * addresses: {@code eipAllocation} (internet-facing only), {@code privateIPv4Allocation} (internal
   * only), {@code ipv6Allocation} (dual-stack only) and {@code sourceNatIPv6Prefix} (which also turns
   * on {@code EnablePrefixForIpv6SourceNat}). An address the scheme or IP address type forbids is
   * reported and left out, as is every entry's address when the entries do not all set the same
   * fields (AWS and the reference controller refuse mixed lists). One subnet is enough for an NLB.
   */
  static void applyNetwork(
      LoadBalancerConfigurationSpec spec,
      LoadBalancerScheme scheme,
      IpAddressType ipAddressType,
      ConfigurationOwners owners,
      ImmutableLoadBalancer.Builder loadBalancer) {
    List<SubnetConfiguration> explicit = spec.loadBalancerSubnets().orElse(List.of());
    Set<String> shapes = new TreeSet<>();
    for (SubnetConfiguration subnet : explicit) {
      if (subnet.effectiveIdentifier().isPresent()) {
        shapes.add(shape(subnet));
      }
    }
    boolean uniform = shapes.size() <= 1;
    if (!uniform) {
      owners.report(
          s -> s.loadBalancerSubnets().isPresent(),
          ".spec.loadBalancerSubnets",
          "the entries set different address fields (eipAllocation, privateIPv4Allocation, ipv6Allocation,"
              + " sourceNatIPv6Prefix), which AWS refuses; every entry's addresses are left out until all"
              + " entries set the same fields");
    }
    Set<String> seen = new LinkedHashSet<>();
    boolean sourceNat = false;
    for (int i = 0; i < explicit.size(); i++) {
      SubnetConfiguration subnet = explicit.get(i);
      String path = ".spec.loadBalancerSubnets[" + i + "]";
      if (subnet.effectiveIdentifier().isEmpty()) {
        owners.report(
            s -> s.loadBalancerSubnets().isPresent(),
            path + ".identifier",
            "a subnet without identifier is skipped; set the subnet ID or Name tag");
        continue;
      }
      if (!seen.add(subnet.effectiveIdentifier().get())) {
        continue;
      }
      ImmutableSubnetMapping.Builder mapping = SubnetMapping.builder().subnet(subnet.effectiveIdentifier().get());
      if (uniform) {
        if (subnet.eipAllocation().isPresent()) {
          if (scheme == LoadBalancerScheme.INTERNET_FACING) {
            mapping.allocationId(subnet.eipAllocation().get());
          } else {
            owners.report(s -> s.loadBalancerSubnets().isPresent(), path + ".eipAllocation",
                "an Elastic IP needs an internet-facing load balancer; left out on this internal one");
          }
        }
        if (subnet.privateIPv4Allocation().isPresent()) {
          if (scheme == LoadBalancerScheme.INTERNAL) {
            mapping.privateIpv4Address(subnet.privateIPv4Allocation().get());
          } else {
            owners.report(s -> s.loadBalancerSubnets().isPresent(), path + ".privateIPv4Allocation",
                "a private IPv4 address needs an internal load balancer; left out on this internet-facing one");
          }
        }
        if (subnet.ipv6Allocation().isPresent()) {
          if (ipAddressType != IpAddressType.IPV4) {
            mapping.ipv6Address(subnet.ipv6Allocation().get());
          } else {
            owners.report(s -> s.loadBalancerSubnets().isPresent(), path + ".ipv6Allocation",
                "an IPv6 address needs a dual-stack load balancer (ipAddressType: dualstack); left out");
          }
        }
        if (subnet.sourceNatIPv6Prefix().isPresent()) {
          mapping.sourceNatIpv6Prefix(subnet.sourceNatIPv6Prefix().get());
          sourceNat = true;
        }
      }
      loadBalancer.addSubnetMapping(mapping.build());
    }
    if (sourceNat) {
      loadBalancer.enablePrefixForIpv6SourceNat(OnOff.ON);
    }
    if (seen.isEmpty()) {
      applySelector(spec, scheme, loadBalancer);
    }
  }

  /**
   * Without listed subnets: the configured {@code loadBalancerSubnetsSelector} (values sorted and
   * deduplicated), else the role tag of the scheme, for aws-sync to resolve.
   */
  private static void applySelector(
      LoadBalancerConfigurationSpec spec, LoadBalancerScheme scheme, ImmutableLoadBalancer.Builder loadBalancer) {
    Map<String, List<String>> selector = spec.loadBalancerSubnetsSelector().orElse(Map.of());
    if (!selector.isEmpty()) {
      Map<String, List<String>> sorted = new TreeMap<>();
      selector.forEach((key, values) -> sorted.put(key, new ArrayList<>(new TreeSet<>(values))));
      loadBalancer.putAllSubnetSelector(sorted);
      return;
    }
    loadBalancer.putSubnetSelector(
        scheme == LoadBalancerScheme.INTERNET_FACING ? PUBLIC_ROLE_TAG : INTERNAL_ROLE_TAG, ROLE_TAG_VALUES);
  }

  private static String shape(SubnetConfiguration subnet) {
    return (subnet.eipAllocation().isPresent() ? "e" : "")
        + (subnet.privateIPv4Allocation().isPresent() ? "p" : "")
        + (subnet.ipv6Allocation().isPresent() ? "6" : "")
        + (subnet.sourceNatIPv6Prefix().isPresent() ? "n" : "");
  }

  private static void reportNlbOnly(ConfigurationOwners owners, String path, boolean set) {
    if (set) {
      owners.report(
          s -> s.loadBalancerSubnets().isPresent(),
          path,
          "per-subnet addresses are a Network Load Balancer setting; an Application Load Balancer"
              + " ignores it");
    }
  }
}
