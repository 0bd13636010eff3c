/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.lb;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.translate.TestContexts;
import io.elbgateway.model.aws.Attribute;
import io.elbgateway.model.aws.DefaultTargetGroupConfigurationReference;
import io.elbgateway.model.aws.ListenerConfiguration;
import io.elbgateway.model.aws.LoadBalancerConfigurationSpec;
import io.elbgateway.model.aws.MergingMode;
import io.elbgateway.model.aws.MinimumLoadBalancerCapacity;
import io.elbgateway.model.aws.ShieldConfiguration;
import io.elbgateway.model.aws.SubnetConfiguration;
import io.elbgateway.model.aws.WafV2Configuration;
import io.elbgateway.model.codec.KindRegistry;
import io.elbgateway.model.codec.LoadResult;
import io.elbgateway.model.codec.ManifestReader;
import io.elbgateway.model.elb.IpAddressType;
import io.elbgateway.model.elb.LoadBalancerScheme;
import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.GatewayClass;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.translate.GatewayContext;
import io.elbgateway.translate.TranslatorOptions;
import io.elbgateway.translate.attach.ListenerPort;
import io.elbgateway.translate.attach.ResolvedListener;
import io.elbgateway.translate.status.StatusCollector;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Inputs for the tests of {@code translate.lb}: the seed, YAML snippets, fully-set specs. */
final class LbFixtures {

  static final String SEED_CERTIFICATE =
      "arn:aws:acm:ap-northeast-2:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789";
  static final String SEED_WEB_ACL =
      "arn:aws:wafv2:ap-northeast-2:123456789012:regional/webacl/my-web-acl/1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d";

  private LbFixtures() {}

  /** The seed's manifests ({@code examples/seed}). */
  static ClusterSnapshot seed() {
    LoadResult result = ManifestReader.of(KindRegistry.standard()).read(Path.of("../examples/seed"));
    assertThat(result.hasErrors()).as("%s", result.problems()).isFalse();
    return ClusterSnapshot.of(result.objects());
  }

  /** Objects read from YAML. */
  static ClusterSnapshot read(String yaml) {
    LoadResult result = ManifestReader.of(KindRegistry.standard()).readString(yaml, "t.yaml");
    assertThat(result.hasErrors()).as("%s", result.problems()).isFalse();
    return ClusterSnapshot.of(result.objects());
  }

  static Gateway gateway(ClusterSnapshot snapshot, String namespace, String name) {
    return snapshot.get(Gateway.class, namespace, name).orElseThrow();
  }

  static GatewayClass gatewayClass(ClusterSnapshot snapshot, String name) {
    return snapshot.gatewayClass(name).orElseThrow();
  }

  /** A context for a Gateway of the snapshot, with its configuration resolved as the translator does. */
  static GatewayContext context(
      ClusterSnapshot snapshot, String namespace, String name, TranslatorOptions options, StatusCollector statuses) {
    Gateway gateway = gateway(snapshot, namespace, name);
    GatewayClass gatewayClass = gatewayClass(snapshot, gateway.spec().gatewayClassName());
    LoadBalancerConfigurationResolution resolution =
        LoadBalancerConfigurations.resolve(snapshot, gatewayClass, gateway);
    assertThat(resolution.problem()).isEmpty();
    return TestContexts.builder(snapshot, gateway).options(options).gatewayClass(gatewayClass).configuration(resolution.spec().orElseThrow()).statuses(statuses).build();
  }

  /** A context for a Gateway and a given effective configuration. */
  static GatewayContext context(
      ClusterSnapshot snapshot,
      String namespace,
      String name,
      LoadBalancerConfigurationSpec configuration,
      TranslatorOptions options,
      StatusCollector statuses) {
    Gateway gateway = gateway(snapshot, namespace, name);
    GatewayClass gatewayClass = gatewayClass(snapshot, gateway.spec().gatewayClassName());
    return TestContexts.builder(snapshot, gateway).options(options).gatewayClass(gatewayClass).configuration(configuration).statuses(statuses).build();
  }

  /** A bare Gateway {@code infra/gw} of class {@code alb}, without configuration. */
  static ClusterSnapshot bareGateway() {
    return read(
        "apiVersion: gateway.networking.k8s.io/v1\n"
            + "kind: GatewayClass\n"
            + "metadata: {name: alb}\n"
            + "spec: {controllerName: gateway.k8s.aws/alb}\n"
            + "---\n"
            + "apiVersion: gateway.networking.k8s.io/v1\n"
            + "kind: Gateway\n"
            + "metadata: {name: gw, namespace: infra, uid: 0b7c2f0e-1111-2222-3333-444455556666}\n"
            + "spec:\n"
            + "  gatewayClassName: alb\n"
            + "  infrastructure:\n"
            + "    labels: {team: web, env: prod}\n"
            + "  listeners:\n"
            + "  - {name: http, protocol: HTTP, port: 80}\n"
            + "  - {name: https, protocol: HTTPS, port: 443, hostname: www.example.com,"
            + " tls: {certificateRefs: [{name: tls}]}}\n");
  }

  /** A port with one Gateway listener of {@code gateway}. */
  static ListenerPort port(Gateway gateway, String listenerName, Protocol protocol, int port, String hostname) {
    var definition =
        io.elbgateway.model.gateway.Listener.builder().name(listenerName).protocol(protocol.toString()).port(port);
    if (!hostname.isEmpty()) {
      definition.hostname(hostname);
    }
    var built = definition.build();
    var resolved =
        ResolvedListener.builder()
            .parent(gateway.key())
            .name(listenerName)
            .port(port)
            .protocol(protocol.toString())
            .hostname(built.hostname())
            .definition(built)
            .usable(true)
            .build();
    return ListenerPort.builder().port(port).protocol(protocol).addListener(resolved).build();
  }

  /** Every diagnostic collected, as {@code object|path|message}. */
  static List<String> diagnostics(StatusCollector statuses) {
    return TestContexts.collected(statuses).diagnostics().stream()
        .map(d -> d.object().display() + "|" + d.path() + "|" + d.message())
        .collect(java.util.stream.Collectors.toList());
  }

  /** A spec with every field set (A flavour). Listener entries and attributes are sorted by key. */
  static LoadBalancerConfigurationSpec fullA() {
    return LoadBalancerConfigurationSpec.builder()
        .mergingMode(MergingMode.PREFER_GATEWAY_CLASS)
        .loadBalancerName("shop-a")
        .scheme(LoadBalancerScheme.INTERNET_FACING)
        .ipAddressType(IpAddressType.DUALSTACK)
        .enforceSecurityGroupInboundRulesOnPrivateLinkTraffic("on")
        .customerOwnedIpv4Pool("ipv4pool-coip-a")
        .ipv4IPAMPoolId("ipam-pool-a")
        .loadBalancerSubnets(List.of(SubnetConfiguration.builder().identifier("subnet-a").build()))
        .loadBalancerSubnetsSelector(Map.of("tier", List.of("a")))
        .addListenerConfigurations(
            ListenerConfiguration.builder().protocolPort("HTTP:80").build(),
            ListenerConfiguration.builder().protocolPort("HTTPS:443").defaultCertificate("arn:a").build())
        .disableSecurityGroup(false)
        .securityGroups(List.of("sg-a"))
        .securityGroupPrefixes(List.of("pl-a"))
        .sourceRanges(List.of("10.0.0.0/8"))
        .addLoadBalancerAttribute(Attribute.of("idle_timeout.timeout_seconds", "120"))
        .putTag("owner", "a")
        .enableICMP(false)
        .manageBackendSecurityGroupRules(true)
        .minimumLoadBalancerCapacity(MinimumLoadBalancerCapacity.builder().capacityUnits(100).build())
        .wafV2(WafV2Configuration.builder().webACL("arn:waf:a").build())
        .shieldConfiguration(ShieldConfiguration.builder().enabled(true).build())
        .defaultTargetGroupConfiguration(DefaultTargetGroupConfigurationReference.builder().name("tgc-a").build())
        .build();
  }

  /** A spec with every field set to values other than {@link #fullA()}'s (B flavour). */
  static LoadBalancerConfigurationSpec fullB() {
    return LoadBalancerConfigurationSpec.builder()
        .mergingMode(MergingMode.PREFER_GATEWAY)
        .loadBalancerName("shop-b")
        .scheme(LoadBalancerScheme.INTERNAL)
        .ipAddressType(IpAddressType.IPV4)
        .enforceSecurityGroupInboundRulesOnPrivateLinkTraffic("off")
        .customerOwnedIpv4Pool("ipv4pool-coip-b")
        .ipv4IPAMPoolId("ipam-pool-b")
        .loadBalancerSubnets(List.of(SubnetConfiguration.builder().identifier("subnet-b").build()))
        .loadBalancerSubnetsSelector(Map.of("tier", List.of("b")))
        .addListenerConfigurations(
            ListenerConfiguration.builder().protocolPort("https:443").defaultCertificate("arn:b").build(),
            ListenerConfiguration.builder().protocolPort("HTTPS:8443").defaultCertificate("arn:b2").build())
        .disableSecurityGroup(true)
        .securityGroups(List.of("sg-b"))
        .securityGroupPrefixes(List.of("pl-b"))
        .sourceRanges(List.of("192.168.0.0/16"))
        .addLoadBalancerAttributes(
            Attribute.of("deletion_protection.enabled", "true"), Attribute.of("idle_timeout.timeout_seconds", "30"))
        .putTag("owner", "b")
        .putTag("cost-center", "b")
        .enableICMP(true)
        .manageBackendSecurityGroupRules(false)
        .minimumLoadBalancerCapacity(MinimumLoadBalancerCapacity.builder().capacityUnits(7).build())
        .wafV2(WafV2Configuration.builder().webACL("arn:waf:b").build())
        .shieldConfiguration(ShieldConfiguration.builder().enabled(false).build())
        .defaultTargetGroupConfiguration(DefaultTargetGroupConfigurationReference.builder().name("tgc-b").build())
        .build();
  }

  static ObjectKey configKey(String namespace, String name) {
    return ObjectKey.of("gateway.k8s.aws", "LoadBalancerConfiguration", namespace, name);
  }

  static KubernetesObject object(ClusterSnapshot snapshot, ObjectKey key) {
    return snapshot.get(key).orElseThrow();
  }
}
