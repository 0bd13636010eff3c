/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.elbgateway.model.ModelStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The desired load balancer of one Gateway: type, scheme, addressing, subnets, security groups,
 * attributes, tags and add-ons (WAF, Shield, capacity reservation).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableLoadBalancer.class)
@JsonDeserialize(as = ImmutableLoadBalancer.class)
public interface LoadBalancer {

  /** The logical key, {@code <gateway namespace>/<gateway name>} (see {@link ElbKeys}). */
  @JsonProperty("Key")
  String key();

  /** The ELBv2 name: at most 32 alphanumerics and hyphens. */
  @JsonProperty("LoadBalancerName")
  String name();

  @JsonProperty("Type")
  @Value.Default
  default LoadBalancerType type() {
    return LoadBalancerType.APPLICATION;
  }

  @JsonProperty("Scheme")
  @Value.Default
  default LoadBalancerScheme scheme() {
    return LoadBalancerScheme.INTERNET_FACING;
  }

  @JsonProperty("IpAddressType")
  @Value.Default
  default IpAddressType ipAddressType() {
    return IpAddressType.IPV4;
  }

  /** Explicit subnets; when empty, aws-sync picks them with {@link #subnetSelector()}. */
  @JsonProperty("SubnetMappings")
  List<SubnetMapping> subnetMappings();

  /**
   * Subnet discovery when no {@link #subnetMappings()} are given: tag key to accepted values (an
   * empty list accepts any value). Empty means aws-sync's default discovery.
   */
  @JsonProperty("SubnetSelector")
  Map<String, List<String>> subnetSelector();

  /** Security group IDs ({@code sg-...}) or names that aws-sync resolves. */
  @JsonProperty("SecurityGroups")
  List<String> securityGroups();

  /** Present when elbgateway creates and owns a frontend security group for this load balancer. */
  @JsonProperty("ManagedSecurityGroup")
  Optional<ManagedSecurityGroup> managedSecurityGroup();

  /** The customer-owned address pool (ALB on Outposts). */
  @JsonProperty("CustomerOwnedIpv4Pool")
  Optional<String> customerOwnedIpv4Pool();

  /** The IPAM pool for the load balancer's IPv4 addresses (ALB). */
  @JsonProperty("Ipv4IpamPoolId")
  Optional<String> ipv4IpamPoolId();

  /** Whether IPv6 source NAT prefixes are used (NLB). */
  @JsonProperty("EnablePrefixForIpv6SourceNat")
  Optional<OnOff> enablePrefixForIpv6SourceNat();

  /** Whether security group inbound rules apply to PrivateLink traffic (NLB). */
  @JsonProperty("EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic")
  Optional<OnOff> enforceSecurityGroupInboundRulesOnPrivateLinkTraffic();

  /**
   * Load balancer attributes, e.g. {@code idle_timeout.timeout_seconds}; written as {@code [{Key,
   * Value}]}.
   */
  @JsonProperty("Attributes")
  @JsonSerialize(using = KeyValueListJson.Serializer.class)
  @JsonDeserialize(using = KeyValueListJson.Deserializer.class)
  Map<String, String> attributes();

  /** Tags; written as {@code [{Key, Value}]}. */
  @JsonProperty("Tags")
  @JsonSerialize(using = KeyValueListJson.Serializer.class)
  @JsonDeserialize(using = KeyValueListJson.Deserializer.class)
  Map<String, String> tags();

  /** The ARN of the regional WAFv2 web ACL to associate (ALB); absent means none. */
  @JsonProperty("WebACLArn")
  Optional<String> webAclArn();

  /** Whether Shield Advanced protects the load balancer (ALB); absent leaves it as it is. */
  @JsonProperty("ShieldEnabled")
  Optional<Boolean> shieldEnabled();

  /** The reserved minimum capacity, as {@code DescribeCapacityReservation} shows it; absent means none. */
  @JsonProperty("MinimumLoadBalancerCapacity")
  Optional<MinimumLoadBalancerCapacity> minimumLoadBalancerCapacity();

  /** A builder. */
  static ImmutableLoadBalancer.Builder builder() {
    return ImmutableLoadBalancer.builder();
  }
}
