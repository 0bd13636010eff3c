/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import io.elbgateway.model.elb.IpAddressType;
import io.elbgateway.model.elb.LoadBalancerScheme;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.elbgateway.model.ModelStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The desired settings of an ALB or NLB ({@code LoadBalancerConfiguration.spec}). Every field is
 * optional and, except where the CRD defaults it, kept as absent or set: the translator merges a
 * GatewayClass-level and a Gateway-level configuration field by field ({@code mergingMode}),
 * taking the preferred side's field when it is set, even to an empty list.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableLoadBalancerConfigurationSpec.class)
@JsonDeserialize(as = ImmutableLoadBalancerConfigurationSpec.class)
public interface LoadBalancerConfigurationSpec {

  /**
   * How this configuration merges with the Gateway's; only read on the GatewayClass-level
   * configuration. Unset behaves as {@code prefer-gateway-class}.
   */
  Optional<MergingMode> mergingMode();

  /**
   * The load balancer name (1 to 32 characters); generated when unset. A change is not applied to
   * an existing load balancer.
   */
  Optional<String> loadBalancerName();

  /** internal or internet-facing; unset means the controller default (internal). */
  Optional<LoadBalancerScheme> scheme();

  /** The load balancer IP address type; unset means ipv4. */
  Optional<IpAddressType> ipAddressType();

  /** NLB: {@code on} or {@code off} (a free string in the CRD). */
  Optional<String> enforceSecurityGroupInboundRulesOnPrivateLinkTraffic();

  /** ALB on Outposts: the customer-owned IPv4 pool ID. */
  Optional<String> customerOwnedIpv4Pool();

  /** ALB: the IPAM pool for the load balancer's IPv4 addresses. */
  Optional<String> ipv4IPAMPoolId();

  /**
   * Explicit subnets; win over {@link #loadBalancerSubnetsSelector()}. Absent and empty differ in
   * the merge.
   */
  @JsonInclude(value = JsonInclude.Include.NON_ABSENT, content = JsonInclude.Include.ALWAYS)
  Optional<List<SubnetConfiguration>> loadBalancerSubnets();

  /**
   * Subnet discovery by tag: each tag key must carry one of the listed values. Absent means the
   * controller's standard subnet discovery.
   */
  @JsonInclude(value = JsonInclude.Include.NON_ABSENT, content = JsonInclude.Include.ALWAYS)
  Optional<Map<String, List<String>>> loadBalancerSubnetsSelector();

  /** Per-listener settings; merged by exact {@code protocolPort}. */
  List<ListenerConfiguration> listenerConfigurations();

  /** NLB: create the load balancer without security groups. */
  Optional<Boolean> disableSecurityGroup();

  /** Security group IDs or names that replace the managed frontend security group. */
  @JsonInclude(value = JsonInclude.Include.NON_ABSENT, content = JsonInclude.Include.ALWAYS)
  Optional<List<String>> securityGroups();

  /** Managed prefix list IDs allowed in by the managed security group. */
  @JsonInclude(value = JsonInclude.Include.NON_ABSENT, content = JsonInclude.Include.ALWAYS)
  Optional<List<String>> securityGroupPrefixes();

  /**
   * CIDRs allowed in by the managed security group; absent means {@code 0.0.0.0/0} (and {@code
   * ::/0} for dualstack).
   */
  @JsonInclude(value = JsonInclude.Include.NON_ABSENT, content = JsonInclude.Include.ALWAYS)
  Optional<List<String>> sourceRanges();

  /**
   * Load balancer attributes, passed to {@code ModifyLoadBalancerAttributes}; merged key by key.
   */
  List<Attribute> loadBalancerAttributes();

  /**
   * AWS tags on the load balancer, its listeners and the managed security group; merged key by
   * key.
   */
  Map<String, String> tags();

  /** NLB: allow ICMP for path MTU discovery in the managed security group. */
  Optional<Boolean> enableICMP();

  /**
   * With explicit {@code securityGroups}, still manage the node and pod security group rules.
   */
  Optional<Boolean> manageBackendSecurityGroupRules();

  /** A capacity reservation for the load balancer. */
  Optional<MinimumLoadBalancerCapacity> minimumLoadBalancerCapacity();

  /** ALB: the WAFv2 web ACL. */
  Optional<WafV2Configuration> wafV2();

  /** ALB: Shield Advanced protection. */
  Optional<ShieldConfiguration> shieldConfiguration();

  /**
   * The TargetGroupConfiguration holding default target group properties for every Service
   * backend.
   */
  Optional<DefaultTargetGroupConfigurationReference> defaultTargetGroupConfiguration();

  /** A builder. */
  static ImmutableLoadBalancerConfigurationSpec.Builder builder() {
    return ImmutableLoadBalancerConfigurationSpec.builder();
  }
}
