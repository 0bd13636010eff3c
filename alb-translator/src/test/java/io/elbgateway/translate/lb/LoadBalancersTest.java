/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.lb;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.aws.Attribute;
import io.elbgateway.model.aws.LoadBalancerConfigurationSpec;
import io.elbgateway.model.aws.MinimumLoadBalancerCapacity;
import io.elbgateway.model.aws.ShieldConfiguration;
import io.elbgateway.model.aws.SubnetConfiguration;
import io.elbgateway.model.elb.IpAddressType;
import io.elbgateway.model.elb.LoadBalancer;
import io.elbgateway.model.elb.LoadBalancerScheme;
import io.elbgateway.model.elb.LoadBalancerType;
import io.elbgateway.model.elb.ManagedSecurityGroup;
import io.elbgateway.model.elb.SubnetMapping;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.translate.TranslatorOptions;
import io.elbgateway.translate.status.StatusCollector;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadBalancersTest {

  private static final TranslatorOptions OPTIONS = TranslatorOptions.builder().clusterName("prod").build();

  private final StatusCollector statuses = new StatusCollector();

  private LoadBalancer bare(LoadBalancerConfigurationSpec spec) {
    return bare(spec, OPTIONS);
  }

  private LoadBalancer bare(LoadBalancerConfigurationSpec spec, TranslatorOptions options) {
    return LoadBalancers.build(LbFixtures.context(LbFixtures.bareGateway(), "infra", "gw", spec, options, statuses));
  }

  @Test
  void theSeedGivesAnInternetFacingAlbWithWafAccessLogsAndTwoSubnets() {
    LoadBalancer lb =
        LoadBalancers.build(LbFixtures.context(LbFixtures.seed(), "kube-system", "aws-alb-gateway", OPTIONS, statuses));
    assertThat(lb.key()).isEqualTo("kube-system/aws-alb-gateway");
    assertThat(lb.name())
        .isEqualTo(LoadBalancerNames.derive("prod", "kube-system", "aws-alb-gateway", "", "internet-facing"));
    assertThat(lb.type()).isEqualTo(LoadBalancerType.APPLICATION);
    assertThat(lb.scheme()).isEqualTo(LoadBalancerScheme.INTERNET_FACING);
    assertThat(lb.ipAddressType()).isEqualTo(IpAddressType.IPV4);
    assertThat(lb.webAclArn()).contains(LbFixtures.SEED_WEB_ACL);
    assertThat(lb.attributes())
        .containsExactly(
            Map.entry("access_logs.s3.bucket", "my-alb-access-logs"),
            Map.entry("access_logs.s3.enabled", "true"),
            Map.entry("access_logs.s3.prefix", ""));
    assertThat(lb.subnetMappings())
        .containsExactly(SubnetMapping.of("subnet-0a1b2c3d4e5f60001"), SubnetMapping.of("subnet-0a1b2c3d4e5f60002"));
    assertThat(lb.subnetMappings()).allMatch(SubnetMapping::subnetIsId);
    assertThat(lb.subnetSelector()).isEmpty();
    assertThat(lb.securityGroups()).isEmpty();
    assertThat(lb.managedSecurityGroup().map(ManagedSecurityGroup::sourceRanges)).contains(List.of("0.0.0.0/0"));
    assertThat(lb.shieldEnabled()).isEmpty();
    assertThat(lb.minimumLoadBalancerCapacity()).isEmpty();
    assertThat(LbFixtures.diagnostics(statuses)).isEmpty();
  }

  @Test
  void theDerivedNameIsDeterministicAndUsesTheUidAndScheme() {
    LoadBalancer first = bare(LoadBalancerConfigurationSpec.builder().build());
    LoadBalancer again = bare(LoadBalancerConfigurationSpec.builder().build());
    assertThat(first.name()).isEqualTo(again.name()).hasSizeLessThanOrEqualTo(32).startsWith("k8s-infra-gw-");
    assertThat(first.name())
        .isEqualTo(LoadBalancerNames.derive("prod", "infra", "gw", "0b7c2f0e-1111-2222-3333-444455556666", "internal"));
    LoadBalancer facing = bare(LoadBalancerConfigurationSpec.builder().scheme(LoadBalancerScheme.INTERNET_FACING).build());
    assertThat(facing.name()).isNotEqualTo(first.name());
  }

  @Test
  void aConfiguredNameIsUsedAsItIs() {
    assertThat(bare(LoadBalancerConfigurationSpec.builder().loadBalancerName("shop-public").build()).name())
        .isEqualTo("shop-public");
  }

  @Test
  void withoutSchemeTheOptionsDefaultAndTheInternalDiscoveryTagApply() {
    LoadBalancer lb = bare(LoadBalancerConfigurationSpec.builder().build());
    assertThat(lb.scheme()).isEqualTo(LoadBalancerScheme.INTERNAL);
    assertThat(lb.subnetSelector()).isEqualTo(Map.of("kubernetes.io/role/internal-elb", List.of("", "1")));
    LoadBalancer facing =
        bare(
            LoadBalancerConfigurationSpec.builder().build(),
            TranslatorOptions.builder().defaultScheme(LoadBalancerScheme.INTERNET_FACING).build());
    assertThat(facing.scheme()).isEqualTo(LoadBalancerScheme.INTERNET_FACING);
    assertThat(facing.subnetSelector()).isEqualTo(Map.of("kubernetes.io/role/elb", List.of("", "1")));
  }

  @Test
  void aSubnetSelectorIsUsedWhenNoSubnetIsListedAndAnEmptyListFallsThrough() {
    LoadBalancer lb =
        bare(
            LoadBalancerConfigurationSpec.builder()
                .loadBalancerSubnets(List.<SubnetConfiguration>of())
                .loadBalancerSubnetsSelector(Map.of("tier", List.of("public", "edge")))
                .build());
    assertThat(lb.subnetMappings()).isEmpty();
    assertThat(lb.subnetSelector()).isEqualTo(Map.of("tier", List.of("edge", "public")));
  }

  @Test
  void subnetNamesAreKeptForAwsSyncAndNlbAllocationsAreReported() {
    LoadBalancer lb =
        bare(
            LoadBalancerConfigurationSpec.builder()
                .loadBalancerSubnets(
                    List.of(
                        SubnetConfiguration.builder().identifier("public-a").eipAllocation("eipalloc-1").build(),
                        SubnetConfiguration.builder().identifier("subnet-0b").privateIPv4Allocation("10.0.0.9").build()))
                .build());
    assertThat(lb.subnetMappings()).containsExactly(SubnetMapping.of("public-a"), SubnetMapping.of("subnet-0b"));
    assertThat(lb.subnetMappings().get(0).subnetIsId()).isFalse();
    assertThat(LbFixtures.diagnostics(statuses))
        .anyMatch(d -> d.contains("|.spec.loadBalancerSubnets[0].eipAllocation|"))
        .anyMatch(d -> d.contains("|.spec.loadBalancerSubnets[1].privateIPv4Allocation|"));
  }

  @Test
  void explicitSecurityGroupsReplaceTheManagedOne() {
    LoadBalancer lb = bare(LoadBalancerConfigurationSpec.builder().securityGroups(List.of("sg-1", "web-sg")).build());
    assertThat(lb.securityGroups()).containsExactly("sg-1", "web-sg");
    assertThat(lb.managedSecurityGroup()).isEmpty();
  }

  @Test
  void theManagedSecurityGroupTakesSourceRangesAndPrefixesAndOpensIpv6ForDualstack() {
    LoadBalancer ranges =
        bare(
            LoadBalancerConfigurationSpec.builder()
                .sourceRanges(List.of("10.0.0.0/8"))
                .securityGroupPrefixes(List.of("pl-1"))
                .build());
    assertThat(ranges.managedSecurityGroup().orElseThrow().sourceRanges()).containsExactly("10.0.0.0/8");
    assertThat(ranges.managedSecurityGroup().orElseThrow().prefixListIds()).containsExactly("pl-1");
    LoadBalancer dualstack = bare(LoadBalancerConfigurationSpec.builder().ipAddressType(IpAddressType.DUALSTACK).build());
    assertThat(dualstack.ipAddressType()).isEqualTo(IpAddressType.DUALSTACK);
    assertThat(dualstack.managedSecurityGroup().orElseThrow().sourceRanges()).containsExactly("0.0.0.0/0", "::/0");
  }

  @Test
  void addOnsAndPoolsAreCopied() {
    LoadBalancer lb =
        bare(
            LoadBalancerConfigurationSpec.builder()
                .minimumLoadBalancerCapacity(MinimumLoadBalancerCapacity.builder().capacityUnits(300).build())
                .shieldConfiguration(ShieldConfiguration.builder().build())
                .customerOwnedIpv4Pool("ipv4pool-coip-1")
                .ipv4IPAMPoolId("ipam-pool-1")
                .addLoadBalancerAttributes(
                    Attribute.of("idle_timeout.timeout_seconds", "120"), Attribute.of("deletion_protection.enabled", "true"))
                .build());
    assertThat(lb.minimumLoadBalancerCapacity())
        .contains(io.elbgateway.model.elb.MinimumLoadBalancerCapacity.of(300));
    assertThat(lb.shieldEnabled()).contains(false);
    assertThat(lb.customerOwnedIpv4Pool()).contains("ipv4pool-coip-1");
    assertThat(lb.ipv4IpamPoolId()).contains("ipam-pool-1");
    assertThat(lb.attributes().keySet()).containsExactly("deletion_protection.enabled", "idle_timeout.timeout_seconds");
  }

  @Test
  void tagsAreTheGatewayLabelsOverlaidByTheConfigurationTagsWithoutReservedKeys() {
    LoadBalancer lb =
        bare(LoadBalancerConfigurationSpec.builder().putTag("team", "shop").putTag("aws:owner", "x").build());
    assertThat(lb.tags()).isEqualTo(Map.of("team", "shop", "env", "prod"));
    assertThat(LbFixtures.diagnostics(statuses)).anyMatch(d -> d.contains("aws:owner"));
  }

  @Test
  void nlbSettingsAreReportedOnTheConfigurationThatSetThemNeverAnError() {
    ClusterSnapshot snapshot =
        LbFixtures.read(
            "apiVersion: gateway.networking.k8s.io/v1\n"
                + "kind: GatewayClass\n"
                + "metadata: {name: alb}\n"
                + "spec: {controllerName: gateway.k8s.aws/alb}\n"
                + "---\n"
                + "apiVersion: gateway.k8s.aws/v1\n"
                + "kind: LoadBalancerConfiguration\n"
                + "metadata: {name: nlbish, namespace: infra}\n"
                + "spec:\n"
                + "  enableICMP: true\n"
                + "  disableSecurityGroup: false\n"
                + "  enforceSecurityGroupInboundRulesOnPrivateLinkTraffic: 'on'\n"
                + "---\n"
                + "apiVersion: gateway.networking.k8s.io/v1\n"
                + "kind: Gateway\n"
                + "metadata: {name: gw, namespace: infra}\n"
                + "spec:\n"
                + "  gatewayClassName: alb\n"
                + "  infrastructure:\n"
                + "    parametersRef: {group: gateway.k8s.aws, kind: LoadBalancerConfiguration, name: nlbish}\n"
                + "  listeners:\n"
                + "  - {name: http, protocol: HTTP, port: 80}\n");
    LoadBalancer lb = LoadBalancers.build(LbFixtures.context(snapshot, "infra", "gw", OPTIONS, statuses));
    assertThat(lb.enforceSecurityGroupInboundRulesOnPrivateLinkTraffic()).isEmpty();
    assertThat(LbFixtures.diagnostics(statuses))
        .anyMatch(d -> d.startsWith("LoadBalancerConfiguration infra/nlbish|.spec.enableICMP|"))
        .anyMatch(d -> d.startsWith("LoadBalancerConfiguration infra/nlbish|.spec.disableSecurityGroup|"))
        .anyMatch(
            d -> d.startsWith("LoadBalancerConfiguration infra/nlbish|.spec.enforceSecurityGroupInboundRulesOnPrivateLinkTraffic|"));
  }

  @Test
  void aSingleExplicitSubnetIsReportedSinceAlbNeedsTwoZones() {
    LoadBalancer lb =
        bare(
            LoadBalancerConfigurationSpec.builder()
                .loadBalancerSubnets(List.of(SubnetConfiguration.builder().identifier("subnet-1").build()))
                .build());
    assertThat(lb.subnetMappings()).containsExactly(SubnetMapping.of("subnet-1"));
    assertThat(LbFixtures.diagnostics(statuses)).anyMatch(d -> d.contains("at least two Availability Zones"));
  }
}
