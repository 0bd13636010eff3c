/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import static io.elbgateway.model.TestManifests.read;
import static io.elbgateway.model.TestManifests.assertRoundTrip;
import io.elbgateway.model.elb.AlpnPolicy;
import io.elbgateway.model.elb.IpAddressType;
import io.elbgateway.model.elb.LoadBalancerScheme;
import io.elbgateway.model.elb.MutualAuthenticationMode;
import io.elbgateway.model.elb.OnOff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elbgateway.model.codec.ModelMappers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoadBalancerConfigurationTest {

  @Test
  void seedManifestReadsV1beta1IntoTheSameTypeAndRoundTrips() {
    LoadBalancerConfiguration lbc =
        read("aws/seed-loadbalancerconfiguration.yaml", LoadBalancerConfiguration.class);

    assertThat(lbc.apiVersion()).isEqualTo("gateway.k8s.aws/v1beta1");
    assertThat(lbc.kind()).isEqualTo("LoadBalancerConfiguration");
    assertThat(lbc.key().display()).isEqualTo("LoadBalancerConfiguration kube-system/alb-config");
    assertThat(lbc.group()).isEqualTo("gateway.k8s.aws");
    LoadBalancerConfigurationSpec spec = lbc.spec();
    assertThat(spec.scheme()).contains(LoadBalancerScheme.INTERNET_FACING);
    assertThat(spec.ipAddressType()).contains(IpAddressType.IPV4);
    assertThat(spec.listenerConfigurations()).singleElement().satisfies(listener -> {
      assertThat(listener.protocolPort()).isEqualTo("HTTPS:443");
      assertThat(listener.defaultCertificate()).contains("<ARN of ACM Certificate>");
      assertThat(listener.sslPolicy()).contains("ELBSecurityPolicy-TLS13-1-2-2021-06");
      assertThat(listener.alpnPolicy()).isEqualTo(AlpnPolicy.NONE); // CRD default
      assertThat(listener.mutualAuthentication()).isEmpty();
      assertThat(listener.parsedProtocolPort())
          .contains(ProtocolPort.of(Optional.of(ElbProtocol.HTTPS), Optional.of(443)));
    });
    assertThat(spec.wafV2().map(WafV2Configuration::webACL))
        .contains("<ARN of wafv2 regional web acl)");
    assertThat(spec.loadBalancerAttributes())
        .containsExactly(
            Attribute.of("access_logs.s3.enabled", "true"),
            Attribute.of("access_logs.s3.bucket", "<s3 bucket name>"),
            Attribute.of("access_logs.s3.prefix", ""));
    assertThat(spec.loadBalancerSubnets())
        .hasValueSatisfying(subnets -> assertThat(subnets).singleElement()
            .satisfies(s -> assertThat(s.identifier()).contains("<subnet-id>")));
    // unset scalars stay absent, for the GatewayClass/Gateway merge
    assertThat(spec.mergingMode()).isEmpty();
    assertThat(spec.loadBalancerName()).isEmpty();
    assertThat(spec.sourceRanges()).isEmpty();
    assertThat(spec.securityGroups()).isEmpty();
    assertThat(spec.loadBalancerSubnetsSelector()).isEmpty();
    assertThat(spec.shieldConfiguration()).isEmpty();
    assertThat(spec.enableICMP()).isEmpty();
    assertThat(spec.tags()).isEmpty();
    assertThat(lbc.status()).isEmpty();

    String yaml = assertRoundTrip(lbc, LoadBalancerConfiguration.class);
    assertThat(yaml).contains("apiVersion: gateway.k8s.aws/v1beta1").doesNotContain("mergingMode");
  }

  @Test
  void everyFieldReadsAndRoundTrips() {
    LoadBalancerConfiguration lbc =
        read("aws/full-loadbalancerconfiguration.yaml", LoadBalancerConfiguration.class);
    LoadBalancerConfigurationSpec spec = lbc.spec();

    assertThat(lbc.apiVersion()).isEqualTo("gateway.k8s.aws/v1");
    assertThat(spec.mergingMode()).contains(MergingMode.PREFER_GATEWAY);
    assertThat(spec.loadBalancerName()).contains("shop-public-alb");
    assertThat(spec.ipAddressType()).contains(IpAddressType.DUALSTACK);
    assertThat(spec.enforceSecurityGroupInboundRulesOnPrivateLinkTraffic()).contains("off");
    assertThat(spec.customerOwnedIpv4Pool()).contains("ipv4pool-coip-0123456789abcdef0");
    assertThat(spec.ipv4IPAMPoolId()).contains("ipam-pool-0123456789abcdef0");
    assertThat(spec.loadBalancerSubnets().orElseThrow()).hasSize(2);
    assertThat(spec.loadBalancerSubnetsSelector())
        .contains(Map.of("kubernetes.io/role/elb", List.of("1"), "tier", List.of("public", "edge")));
    ListenerConfiguration https = spec.listenerConfigurations().get(0);
    assertThat(https.certificates()).hasSize(1);
    assertThat(https.alpnPolicy()).isEqualTo(AlpnPolicy.HTTP2_PREFERRED);
    assertThat(https.targetGroupStickiness()).contains(false);
    assertThat(https.quicEnabled()).contains(false);
    MutualAuthenticationAttributes mtls = https.mutualAuthentication().orElseThrow();
    assertThat(mtls.mode()).isEqualTo(MutualAuthenticationMode.VERIFY);
    assertThat(mtls.trustStore()).hasValueSatisfying(t -> assertThat(t).contains(":truststore/"));
    assertThat(mtls.ignoreClientCertificateExpiry()).contains(false);
    assertThat(mtls.advertiseTrustStoreCaNames()).contains(OnOff.ON);
    assertThat(https.listenerAttributes())
        .containsExactly(Attribute.of("routing.http.response.server.enabled", "false"));
    assertThat(spec.listenerConfigurations().get(1).alpnPolicy()).isEqualTo(AlpnPolicy.NONE);
    assertThat(spec.disableSecurityGroup()).contains(false);
    assertThat(spec.securityGroups()).contains(List.of("sg-0123456789abcdef0"));
    assertThat(spec.securityGroupPrefixes()).contains(List.of("pl-0123456789abcdef0"));
    assertThat(spec.sourceRanges()).contains(List.of("10.0.0.0/8", "2001:db8::/32"));
    assertThat(spec.loadBalancerAttributes()).hasSize(1);
    assertThat(spec.tags()).containsEntry("cost-center", "4711").hasSize(2);
    assertThat(spec.enableICMP()).contains(false);
    assertThat(spec.manageBackendSecurityGroupRules()).contains(true);
    assertThat(spec.minimumLoadBalancerCapacity().map(MinimumLoadBalancerCapacity::capacityUnits))
        .contains(100);
    assertThat(spec.wafV2()).isPresent();
    assertThat(spec.shieldConfiguration().flatMap(ShieldConfiguration::enabled)).contains(true);
    assertThat(spec.defaultTargetGroupConfiguration().map(r -> r.name())).contains("ip-targets");
    ConfigurationStatus status = lbc.status().orElseThrow();
    assertThat(status.observedGatewayConfigurationGeneration()).contains(3L);
    assertThat(status.observedGatewayClassConfigurationGeneration()).contains(4L);

    String yaml = assertRoundTrip(lbc, LoadBalancerConfiguration.class);
    // derived views are not written
    assertThat(yaml)
        .doesNotContain("parsedProtocolPort")
        .doesNotContain("effectiveIdentifier")
        .doesNotContain("group:")
        .doesNotContain("namespacedName");
    // "on"/"off" stay strings, not YAML 1.1 booleans
    assertThat(ModelMappers.yaml().readValue(yaml, LoadBalancerConfiguration.class)
            .spec().enforceSecurityGroupInboundRulesOnPrivateLinkTraffic())
        .contains("off");
  }

  @Test
  void nlbFlavourReadsEipSubnetsTcpUdpListenerAndQuic() {
    LoadBalancerConfiguration lbc =
        read("aws/nlb-loadbalancerconfiguration.yaml", LoadBalancerConfiguration.class);
    LoadBalancerConfigurationSpec spec = lbc.spec();

    assertThat(spec.loadBalancerSubnets().orElseThrow())
        .extracting(s -> s.eipAllocation().orElseThrow())
        .containsExactly("eipalloc-0123456789abcdef0", "eipalloc-0123456789abcdef1");
    assertThat(spec.loadBalancerSubnets().orElseThrow().get(0).privateIPv4Allocation()).isEmpty();
    ListenerConfiguration dns = spec.listenerConfigurations().get(0);
    assertThat(dns.parsedProtocolPort())
        .contains(ProtocolPort.of(Optional.of(ElbProtocol.TCP_UDP), Optional.of(53)));
    assertThat(dns.quicEnabled()).contains(true);
    assertThat(spec.listenerConfigurations().get(1).targetGroupStickiness()).contains(true);
    assertThat(spec.disableSecurityGroup()).contains(true);
    assertThat(spec.enableICMP()).contains(true);

    assertRoundTrip(lbc, LoadBalancerConfiguration.class);
  }

  @Test
  void explicitlyEmptyListStaysDistinctFromAbsent() {
    LoadBalancerConfiguration lbc =
        ModelMappers.yaml()
            .readValue(
                "apiVersion: gateway.k8s.aws/v1\nkind: LoadBalancerConfiguration\n"
                    + "metadata: {name: x, namespace: y}\nspec:\n  sourceRanges: []\n",
                LoadBalancerConfiguration.class);

    assertThat(lbc.spec().sourceRanges()).contains(List.of());
    assertThat(lbc.spec().securityGroups()).isEmpty();
    assertThat(assertRoundTrip(lbc, LoadBalancerConfiguration.class)).contains("sourceRanges: []");
  }

  @Test
  void objectWithoutSpecReadsAsAllUnset() {
    LoadBalancerConfiguration lbc =
        ModelMappers.yaml()
            .readValue(
                "apiVersion: gateway.k8s.aws/v1\nkind: LoadBalancerConfiguration\n"
                    + "metadata: {name: x, namespace: y}\n",
                LoadBalancerConfiguration.class);

    assertThat(lbc.spec()).isEqualTo(LoadBalancerConfigurationSpec.builder().build());
  }

  @Test
  void builderDefaultsApiVersionAndKind() {
    LoadBalancerConfiguration lbc =
        LoadBalancerConfiguration.builder()
            .metadata(io.elbgateway.model.meta.ObjectMeta.of("ns", "n"))
            .build();

    assertThat(lbc.apiVersion()).isEqualTo("gateway.k8s.aws/v1");
    assertThat(lbc.kind()).isEqualTo("LoadBalancerConfiguration");
  }

  @Test
  void unknownEnumValueFailsToDecode() {
    assertThatThrownBy(
            () ->
                ModelMappers.yaml()
                    .readValue(
                        "metadata: {name: x}\nspec:\n  scheme: public\n",
                        LoadBalancerConfiguration.class))
        .hasMessageContaining("public");
  }

  @Test
  void missingRequiredProtocolPortFailsToDecode() {
    assertThatThrownBy(
            () ->
                ModelMappers.yaml()
                    .readValue(
                        "metadata: {name: x}\nspec:\n  listenerConfigurations:\n  - sslPolicy: p\n",
                        LoadBalancerConfiguration.class))
        .hasMessageContaining("protocolPort");
  }
}
