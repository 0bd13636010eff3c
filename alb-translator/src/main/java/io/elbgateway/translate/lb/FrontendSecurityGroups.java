/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.lb;

import io.elbgateway.model.aws.LoadBalancerConfigurationSpec;
import io.elbgateway.model.elb.ImmutableLoadBalancer;
import io.elbgateway.model.elb.IpAddressType;
import io.elbgateway.model.elb.ManagedSecurityGroup;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The security groups in front of a Gateway's ALB.
 *
 * <ul>
 *   <li>{@code securityGroups} with at least one entry: exactly those (IDs {@code sg-...} or names
 *       aws-sync resolves), in the order written, without a managed group. An empty list behaves as
 *       unset, as in the reference controller.
 *   <li>Otherwise a managed frontend security group that lets in {@code sourceRanges} (when unset
 *       or empty: {@code 0.0.0.0/0}, plus {@code ::/0} for a dual-stack load balancer, as the
 *       CRD documents) and the managed prefix lists of {@code securityGroupPrefixes}.
 * </ul>
 */
final class FrontendSecurityGroups {

  /** Anywhere over IPv4. */
  static final String ANY_IPV4 = "0.0.0.0/0";

  /** Anywhere over IPv6. */
  static final String ANY_IPV6 = "::/0";

  private FrontendSecurityGroups() {}

  static void apply(
      LoadBalancerConfigurationSpec spec, IpAddressType ipAddressType, ImmutableLoadBalancer.Builder loadBalancer) {
    apply(spec, ipAddressType, false, loadBalancer);
  }

  /** As {@link #apply(LoadBalancerConfigurationSpec, IpAddressType, ImmutableLoadBalancer.Builder)}, with ICMP allowed in the managed group when asked. */
  static void apply(
      LoadBalancerConfigurationSpec spec,
      IpAddressType ipAddressType,
      boolean allowIcmp,
      ImmutableLoadBalancer.Builder loadBalancer) {
    List<String> explicit = spec.securityGroups().orElse(List.of());
    if (!explicit.isEmpty()) {
      loadBalancer.addAllSecurityGroups(new LinkedHashSet<>(explicit));
      return;
    }
    Set<String> sourceRanges = new LinkedHashSet<>(spec.sourceRanges().orElse(List.of()));
    if (sourceRanges.isEmpty()) {
      sourceRanges.add(ANY_IPV4);
      if (ipAddressType != IpAddressType.IPV4) {
        sourceRanges.add(ANY_IPV6);
      }
    }
    loadBalancer.managedSecurityGroup(
        ManagedSecurityGroup.builder()
            .sourceRanges(sourceRanges)
            .prefixListIds(new LinkedHashSet<>(spec.securityGroupPrefixes().orElse(List.of())))
            .allowIcmp(allowIcmp)
            .build());
  }
}
