/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.lb;

import io.elbgateway.model.aws.Attribute;
import io.elbgateway.model.aws.LoadBalancerConfigurationSpec;
import io.elbgateway.model.aws.WafV2Configuration;
import io.elbgateway.model.elb.ImmutableLoadBalancer;
import io.elbgateway.model.elb.IpAddressType;
import io.elbgateway.model.elb.LoadBalancer;
import io.elbgateway.model.elb.LoadBalancerScheme;
import io.elbgateway.model.elb.LoadBalancerType;
import io.elbgateway.model.elb.MinimumLoadBalancerCapacity;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.translate.GatewayContext;
import java.util.Map;
import java.util.TreeMap;

/**
 * The desired ALB of a Gateway, from its effective LoadBalancerConfiguration and the options.
 *
 * <ul>
 *   <li>Name: {@code loadBalancerName}, else {@link LoadBalancerNames#derive} of the cluster, the
 *       Gateway's namespace, name and UID, and the scheme.
 *   <li>Scheme: the configuration's, else {@link io.elbgateway.translate.TranslatorOptions#defaultScheme()};
 *       IP address type: the configuration's, else {@code ipv4}.
 *   <li>Subnets: {@link SubnetPlacement}; security groups: {@link FrontendSecurityGroups}.
 *   <li>{@code customerOwnedIpv4Pool}, {@code ipv4IPAMPoolId}, the WAFv2 web ACL ARN, Shield
 *       ({@code shieldConfiguration} without {@code enabled} means off) and the minimum capacity are
 *       copied.
 *   <li>Attributes: {@code loadBalancerAttributes} verbatim, sorted by key (a repeated key: the last
 *       entry wins, and the repeat is reported).
 *   <li>Tags: {@link ResourceTags}.
 *   <li>Settings for a Network Load Balancer ({@code enableICMP}, {@code disableSecurityGroup},
 *       {@code enforceSecurityGroupInboundRulesOnPrivateLinkTraffic}) and {@code
 *       manageBackendSecurityGroupRules} (backend security groups are not managed) are reported as
 *       diagnostics and otherwise ignored, never an error.
 * </ul>
 */
public final class LoadBalancers {
  private LoadBalancers() {}

  /** The Gateway's ALB, from its effective LoadBalancerConfiguration and the options. */
  public static LoadBalancer build(GatewayContext context) {
    return build(context, LoadBalancerType.APPLICATION);
  }

  /**
   * The Gateway's load balancer of {@code type}. An Application Load Balancer is built as above. A
   * Network Load Balancer ({@link NetworkSettings}) takes the same name, scheme, IP address type,
   * attributes, tags and minimum capacity; its subnets carry the per-subnet addresses
   * ({@link SubnetPlacement#applyNetwork}); {@code disableSecurityGroup: true} gives it no security
   * group; {@code enforceSecurityGroupInboundRulesOnPrivateLinkTraffic} is applied; the ALB-only
   * settings are reported and ignored.
   */
  public static LoadBalancer build(GatewayContext context, LoadBalancerType type) {
    if (type == LoadBalancerType.NETWORK) {
      return NetworkSettings.build(context);
    }
    LoadBalancerConfigurationSpec spec = context.loadBalancerConfiguration();
    ConfigurationOwners owners = new ConfigurationOwners(context);
    LoadBalancerScheme scheme = scheme(context);
    IpAddressType ipAddressType = ipAddressType(context);
    ImmutableLoadBalancer.Builder loadBalancer =
        common(context, owners, LoadBalancerType.APPLICATION, scheme, ipAddressType)
            .customerOwnedIpv4Pool(spec.customerOwnedIpv4Pool())
            .ipv4IpamPoolId(spec.ipv4IPAMPoolId())
            .webAclArn(spec.wafV2().map(WafV2Configuration::webACL))
            .shieldEnabled(spec.shieldConfiguration().map(s -> s.enabled().orElse(false)));
    SubnetPlacement.apply(spec, scheme, owners, loadBalancer);
    FrontendSecurityGroups.apply(spec, ipAddressType, loadBalancer);
    reportIgnored(spec, owners);
    return loadBalancer.build();
  }

  static LoadBalancerScheme scheme(GatewayContext context) {
    return context.loadBalancerConfiguration().scheme().orElse(context.options().defaultScheme());
  }

  static IpAddressType ipAddressType(GatewayContext context) {
    return context.loadBalancerConfiguration().ipAddressType().orElse(IpAddressType.IPV4);
  }

  /**
   * What both load balancer types take alike: key, name (given, or derived from the cluster, the
   * Gateway and the scheme), type, scheme, IP address type, attributes, tags and minimum capacity.
   */
  static ImmutableLoadBalancer.Builder common(
      GatewayContext context,
      ConfigurationOwners owners,
      LoadBalancerType type,
      LoadBalancerScheme scheme,
      IpAddressType ipAddressType) {
    LoadBalancerConfigurationSpec spec = context.loadBalancerConfiguration();
    Gateway gateway = context.gateway();
    String name =
        spec.loadBalancerName()
            .orElseGet(
                () ->
                    LoadBalancerNames.derive(
                        context.options().clusterName(),
                        gateway.metadata().namespace().orElse(""),
                        gateway.metadata().name(),
                        gateway.metadata().uid().orElse(""),
                        scheme.toString()));
    return LoadBalancer.builder()
        .key(context.loadBalancerKey())
        .name(name)
        .type(type)
        .scheme(scheme)
        .ipAddressType(ipAddressType)
        .attributes(attributes(spec, owners))
        .tags(ResourceTags.of(context, owners))
        .minimumLoadBalancerCapacity(
            spec.minimumLoadBalancerCapacity().map(c -> MinimumLoadBalancerCapacity.of(c.capacityUnits())));
  }

  static Map<String, String> attributes(LoadBalancerConfigurationSpec spec, ConfigurationOwners owners) {
    Map<String, String> attributes = new TreeMap<>();
    for (Attribute attribute : spec.loadBalancerAttributes()) {
      String earlier = attributes.put(attribute.key(), attribute.value());
      if (earlier != null) {
        owners.report(
            s -> s.loadBalancerAttributes().stream().anyMatch(a -> a.key().equals(attribute.key())),
            ".spec.loadBalancerAttributes",
            "attribute \"" + attribute.key() + "\" is given more than once; the last value is used");
      }
    }
    return attributes;
  }

  private static void reportIgnored(LoadBalancerConfigurationSpec spec, ConfigurationOwners owners) {
    String nlbOnly = " is a Network Load Balancer setting; an Application Load Balancer ignores it";
    if (spec.enableICMP().isPresent()) {
      owners.report(s -> s.enableICMP().isPresent(), ".spec.enableICMP", "enableICMP" + nlbOnly);
    }
    if (spec.disableSecurityGroup().isPresent()) {
      owners.report(
          s -> s.disableSecurityGroup().isPresent(), ".spec.disableSecurityGroup", "disableSecurityGroup" + nlbOnly);
    }
    if (spec.enforceSecurityGroupInboundRulesOnPrivateLinkTraffic().isPresent()) {
      owners.report(
          s -> s.enforceSecurityGroupInboundRulesOnPrivateLinkTraffic().isPresent(),
          ".spec.enforceSecurityGroupInboundRulesOnPrivateLinkTraffic",
          "enforceSecurityGroupInboundRulesOnPrivateLinkTraffic" + nlbOnly);
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
