/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.lb;

import io.elbgateway.model.aws.LoadBalancerConfigurationSpec;
import io.elbgateway.model.elb.ImmutableLoadBalancer;
import io.elbgateway.model.elb.IpAddressType;
import io.elbgateway.model.elb.LoadBalancer;
import io.elbgateway.model.elb.LoadBalancerScheme;
import io.elbgateway.model.elb.LoadBalancerType;
import io.elbgateway.model.elb.OnOff;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.translate.GatewayContext;
import java.util.Locale;

/**
 * The desired Network Load Balancer of a Gateway ({@link LoadBalancers#build(GatewayContext,
 * LoadBalancerType)}).
 *
 * <ul>
 *   <li>Name, scheme, IP address type, attributes, tags and minimum capacity as for an ALB.
 *   <li>Subnets: {@link SubnetPlacement#applyNetwork}, with EIP, private IPv4, IPv6 and source-NAT
 *       prefix per subnet.
 *   <li>Security groups: none with {@code disableSecurityGroup: true} (explicit {@code
 *       securityGroups} are then reported and ignored); else as for an ALB ({@link
 *       FrontendSecurityGroups}).
 *   <li>{@code enforceSecurityGroupInboundRulesOnPrivateLinkTraffic}: {@code on} or {@code off}
 *       (ignoring case); any other value is reported and ignored.
 *   <li>{@code enableICMP}: ICMP allowed in the managed security group (reported when there is
 *       none to put it in).
 *   <li>Reported and ignored: {@code wafV2}, {@code shieldConfiguration}, {@code customerOwnedIpv4Pool}, {@code
 *       ipv4IPAMPoolId} (ALB settings), {@code manageBackendSecurityGroupRules}.
 * </ul>
 */
final class NetworkSettings {

  private NetworkSettings() {}

  static LoadBalancer build(GatewayContext context) {
    LoadBalancerConfigurationSpec spec = context.loadBalancerConfiguration();
    ConfigurationOwners owners = new ConfigurationOwners(context);
    LoadBalancerScheme scheme = LoadBalancers.scheme(context);
    IpAddressType ipAddressType = LoadBalancers.ipAddressType(context);
    ImmutableLoadBalancer.Builder loadBalancer =
        LoadBalancers.common(context, owners, LoadBalancerType.NETWORK, scheme, ipAddressType);
    SubnetPlacement.applyNetwork(spec, scheme, ipAddressType, owners, loadBalancer);
    boolean icmp = spec.enableICMP().orElse(false);
    boolean explicitGroups = !spec.securityGroups().orElse(java.util.List.of()).isEmpty();
    if (spec.disableSecurityGroup().orElse(false)) {
      if (explicitGroups) {
        owners.report(s -> s.securityGroups().isPresent(), ".spec.securityGroups",
            "disableSecurityGroup is true, so the Network Load Balancer gets no security group and these are ignored");
      }
    } else {
      FrontendSecurityGroups.apply(spec, ipAddressType, icmp, loadBalancer);
    }
    if (icmp && (explicitGroups || spec.disableSecurityGroup().orElse(false))) {
      owners.report(s -> s.enableICMP().isPresent(), ".spec.enableICMP",
          "enableICMP applies to the security group elbgateway manages; with "
              + (explicitGroups ? "securityGroups of your own" : "disableSecurityGroup")
              + " there is none, so allow ICMP (path MTU discovery) in your own group");
    }
    spec.enforceSecurityGroupInboundRulesOnPrivateLinkTraffic().ifPresent(value -> {
      String lower = value.toLowerCase(Locale.ROOT);
      if (lower.equals("on") || lower.equals("off")) {
        loadBalancer.enforceSecurityGroupInboundRulesOnPrivateLinkTraffic(lower.equals("on") ? OnOff.ON : OnOff.OFF);
      } else {
        owners.report(s -> s.enforceSecurityGroupInboundRulesOnPrivateLinkTraffic().isPresent(),
            ".spec.enforceSecurityGroupInboundRulesOnPrivateLinkTraffic",
            "\"" + value + "\" is neither on nor off; the setting is left as AWS has it");
      }
    });
    reportIgnored(spec, owners);
    return loadBalancer.build();
  }

  private static void reportIgnored(LoadBalancerConfigurationSpec spec, ConfigurationOwners owners) {
    String albOnly = " is an Application Load Balancer setting; a Network Load Balancer ignores it";
    if (spec.wafV2().isPresent()) {
      owners.report(s -> s.wafV2().isPresent(), ".spec.wafV2", "wafV2" + albOnly);
    }
    if (spec.shieldConfiguration().isPresent()) {
      owners.report(s -> s.shieldConfiguration().isPresent(), ".spec.shieldConfiguration", "shieldConfiguration" + albOnly);
    }
    if (spec.customerOwnedIpv4Pool().isPresent()) {
      owners.report(s -> s.customerOwnedIpv4Pool().isPresent(), ".spec.customerOwnedIpv4Pool", "customerOwnedIpv4Pool" + albOnly);
    }
    if (spec.ipv4IPAMPoolId().isPresent()) {
      owners.report(s -> s.ipv4IPAMPoolId().isPresent(), ".spec.ipv4IPAMPoolId", "ipv4IPAMPoolId" + albOnly);
    }
    if (spec.manageBackendSecurityGroupRules().isPresent()) {
      owners.report(
          s -> s.manageBackendSecurityGroupRules().isPresent(),
          ".spec.manageBackendSecurityGroupRules",
          "manageBackendSecurityGroupRules is not applied: elbgateway does not manage backend security"
              + " group rules; allow the load balancer's security group in the nodes' or pods' groups");
    }
  }
}
