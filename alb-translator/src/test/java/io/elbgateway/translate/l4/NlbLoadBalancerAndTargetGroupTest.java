/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.l4;

import static io.elbgateway.translate.l4.L4Fixtures.ALL_NAMESPACES;
import static io.elbgateway.translate.l4.L4Fixtures.ECHO;
import static io.elbgateway.translate.l4.L4Fixtures.TO_GW;
import static io.elbgateway.translate.l4.L4Fixtures.gateway;
import static io.elbgateway.translate.l4.L4Fixtures.route;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.elb.LoadBalancer;
import io.elbgateway.model.elb.OnOff;
import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.elb.SubnetMapping;
import io.elbgateway.model.elb.TargetGroup;
import org.junit.jupiter.api.Test;

/** The NLB settings of a LoadBalancerConfiguration and the TargetGroupConfiguration rules for NLB target groups. */
class NlbLoadBalancerAndTargetGroupTest {

  private static final String TCP = "{name: tcp, port: 7000, protocol: TCP, " + ALL_NAMESPACES + "}";
  private static final String TLS_PASSTHROUGH = "{name: tls, port: 7000, protocol: TLS, tls: {mode: Passthrough}, " + ALL_NAMESPACES + "}";
  private static final String TLS_TERMINATE = "{name: tls, port: 7000, protocol: TLS, tls: {mode: Terminate}, " + ALL_NAMESPACES + "}";

  private static String configured(String spec, String... listeners) {
    return "apiVersion: gateway.k8s.aws/v1\nkind: LoadBalancerConfiguration\nmetadata: {name: lbc, namespace: infra}\nspec:\n"
        + spec + "---\n"
        + gateway(listeners).replace("  gatewayClassName: nlb\n",
            "  gatewayClassName: nlb\n  infrastructure: {parametersRef: {group: gateway.k8s.aws, kind: LoadBalancerConfiguration, name: lbc}}\n");
  }

  private static String tgc(String spec) {
    return "apiVersion: gateway.k8s.aws/v1\nkind: TargetGroupConfiguration\nmetadata: {name: echo, namespace: apps}\n"
        + "spec:\n  targetReference: {name: echo}\n  defaultConfiguration:\n" + spec + "---\n";
  }

  @Test
  void subnetsKeepTheirElasticIpsOnAnInternetFacingNlb() {
    L4Fixtures.Run run =
        L4Fixtures.run(configured(
            "  scheme: internet-facing\n  loadBalancerSubnets:\n  - {identifier: subnet-a, eipAllocation: eipalloc-a}\n"
                + "  - {identifier: subnet-b, eipAllocation: eipalloc-b}\n", TCP));
    LoadBalancer lb = run.stack().loadBalancer();
    assertThat(lb.subnetMappings()).containsExactly(
        SubnetMapping.builder().subnet("subnet-a").allocationId("eipalloc-a").build(),
        SubnetMapping.builder().subnet("subnet-b").allocationId("eipalloc-b").build());
  }

  @Test
  void addressesTheSchemeForbidsOrMixedEntriesAreLeftOutAndReported() {
    L4Fixtures.Run internal =
        L4Fixtures.run(configured("  scheme: internal\n  loadBalancerSubnets:\n  - {identifier: subnet-a, eipAllocation: eipalloc-a}\n", TCP));
    assertThat(internal.stack().loadBalancer().subnetMappings()).containsExactly(SubnetMapping.of("subnet-a"));
    assertThat(internal.diagnostics()).anyMatch(m -> m.contains("internet-facing"));

    L4Fixtures.Run mixed =
        L4Fixtures.run(configured("  scheme: internal\n  loadBalancerSubnets:\n  - {identifier: subnet-a, privateIPv4Allocation: 10.0.0.9}\n"
            + "  - {identifier: subnet-b}\n", TCP));
    assertThat(mixed.stack().loadBalancer().subnetMappings()).containsExactly(SubnetMapping.of("subnet-a"), SubnetMapping.of("subnet-b"));
    assertThat(mixed.diagnostics()).anyMatch(m -> m.contains("different address fields"));

    L4Fixtures.Run privateIp =
        L4Fixtures.run(configured("  scheme: internal\n  loadBalancerSubnets:\n  - {identifier: subnet-a, privateIPv4Allocation: 10.0.0.9}\n", TCP));
    assertThat(privateIp.stack().loadBalancer().subnetMappings())
        .containsExactly(SubnetMapping.builder().subnet("subnet-a").privateIpv4Address("10.0.0.9").build());
  }

  @Test
  void sourceNatPrefixesTurnOnIpv6SourceNat() {
    L4Fixtures.Run run =
        L4Fixtures.run(configured("  ipAddressType: dualstack\n  loadBalancerSubnets:\n"
            + "  - {identifier: subnet-a, ipv6Allocation: \"2600::1\", sourceNatIPv6Prefix: auto_assigned}\n", TCP));
    LoadBalancer lb = run.stack().loadBalancer();
    assertThat(lb.enablePrefixForIpv6SourceNat()).contains(OnOff.ON);
    assertThat(lb.subnetMappings().get(0).ipv6Address()).contains("2600::1");
    assertThat(lb.subnetMappings().get(0).sourceNatIpv6Prefix()).contains("auto_assigned");
  }

  @Test
  void securityGroupSettingsApplyToAnNlb() {
    L4Fixtures.Run disabled =
        L4Fixtures.run(configured("  disableSecurityGroup: true\n  enforceSecurityGroupInboundRulesOnPrivateLinkTraffic: \"off\"\n", TCP));
    assertThat(disabled.stack().loadBalancer().securityGroups()).isEmpty();
    assertThat(disabled.stack().loadBalancer().managedSecurityGroup()).isEmpty();
    assertThat(disabled.stack().loadBalancer().enforceSecurityGroupInboundRulesOnPrivateLinkTraffic()).contains(OnOff.OFF);

    L4Fixtures.Run managed = L4Fixtures.run(configured("  enableICMP: true\n  wafV2: {webACL: arn:waf}\n", TCP));
    assertThat(managed.stack().loadBalancer().managedSecurityGroup()).hasValueSatisfying(g -> assertThat(g.allowIcmp()).isTrue());
    assertThat(managed.stack().loadBalancer().webAclArn()).isEmpty();
    assertThat(managed.diagnostics()).noneMatch(m -> m.contains("enableICMP"))
        .anyMatch(m -> m.startsWith("wafV2 is an Application Load Balancer setting"));

    L4Fixtures.Run ownGroups = L4Fixtures.run(configured("  enableICMP: true\n  securityGroups: [sg-0123456789abcdef0]\n", TCP));
    assertThat(ownGroups.stack().loadBalancer().managedSecurityGroup()).isEmpty();
    assertThat(ownGroups.diagnostics()).anyMatch(m -> m.startsWith("enableICMP applies to the security group elbgateway manages"));
  }

  @Test
  void aTlsTargetGroupIsRefusedBehindPassthroughAndAllowedBehindTerminate() {
    String tls = tgc("    protocol: TLS\n");
    L4Fixtures.Run passthrough = L4Fixtures.run(tls + gateway(TLS_PASSTHROUGH) + route("TCPRoute", "x", 1, TO_GW, ECHO).replace("TCPRoute", "TLSRoute"));
    assertThat(passthrough.route("TLSRoute", "x", "ResolvedRefs").reason()).isEqualTo("UnsupportedProtocol");
    assertThat(passthrough.listeners()).isEmpty();

    L4Fixtures.Run terminate = L4Fixtures.run(tls + gateway(TLS_TERMINATE) + route("TCPRoute", "x", 1, TO_GW, ECHO).replace("TCPRoute", "TLSRoute"));
    assertThat(terminate.forwardedBy(7000).protocol()).contains(Protocol.TLS);
  }

  @Test
  void healthChecksFromATargetGroupConfigurationAreCheckedAgainstElbRanges() {
    L4Fixtures.Run http =
        L4Fixtures.run(tgc("    healthCheckConfig: {healthCheckProtocol: HTTP, healthCheckPath: /ready, healthCheckInterval: 20}\n")
            + gateway(TCP) + route("TCPRoute", "x", 1, TO_GW, ECHO));
    TargetGroup group = http.forwardedBy(7000);
    assertThat(group.healthCheckProtocol()).contains(Protocol.HTTP);
    assertThat(group.healthCheckPath()).contains("/ready");
    assertThat(group.healthCheckIntervalSeconds()).contains(20);
    assertThat(group.matcher().orElseThrow().httpCode()).contains("200-399");

    L4Fixtures.Run bad =
        L4Fixtures.run(tgc("    healthCheckConfig: {healthCheckInterval: 400}\n") + gateway(TCP) + route("TCPRoute", "x", 1, TO_GW, ECHO));
    assertThat(bad.route("TCPRoute", "x", "ResolvedRefs").message()).contains("healthCheckInterval: must be 5 to 300");
    assertThat(bad.listeners()).isEmpty();
  }

  @Test
  void aUdpServiceBehindAUdpListenerGetsAUdpTargetGroup() {
    L4Fixtures.Run run =
        L4Fixtures.run(gateway("{name: dns, port: 53, protocol: UDP, " + ALL_NAMESPACES + "}")
            + route("UDPRoute", "dns", 1, TO_GW, "[{name: dns, port: 53}]"));
    assertThat(run.listener(53).protocol()).isEqualTo(Protocol.UDP);
    assertThat(run.forwardedBy(53).protocol()).contains(Protocol.UDP);
    assertThat(run.forwardedBy(53).port()).contains(5353);
    assertThat(run.forwardedBy(53).healthCheckProtocol()).contains(Protocol.TCP);
  }
}
