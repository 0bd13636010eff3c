/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.lb;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.aws.LoadBalancerConfigurationSpec;
import io.elbgateway.model.aws.MinimumLoadBalancerCapacity;
import io.elbgateway.model.elb.LoadBalancerScheme;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.translate.status.Problem;
import io.elbgateway.translate.status.Reasons;
import org.junit.jupiter.api.Test;

class LoadBalancerConfigurationsTest {

  private static String classAndGateway(String mergingMode, String gatewayRef) {
    return "apiVersion: gateway.networking.k8s.io/v1\n"
        + "kind: GatewayClass\n"
        + "metadata: {name: alb}\n"
        + "spec:\n"
        + "  controllerName: gateway.k8s.aws/alb\n"
        + "  parametersRef: {group: gateway.k8s.aws, kind: LoadBalancerConfiguration, name: class-config,"
        + " namespace: gateway-system}\n"
        + "---\n"
        + "apiVersion: gateway.k8s.aws/v1\n"
        + "kind: LoadBalancerConfiguration\n"
        + "metadata: {name: class-config, namespace: gateway-system}\n"
        + "spec:\n"
        + mergingMode
        + "  scheme: internal\n"
        + "  tags: {team: platform, owner: platform}\n"
        + "  minimumLoadBalancerCapacity: {capacityUnits: 100}\n"
        + "  listenerConfigurations:\n"
        + "  - {protocolPort: 'HTTPS:443', defaultCertificate: arn:class}\n"
        + "---\n"
        + "apiVersion: gateway.k8s.aws/v1\n"
        + "kind: LoadBalancerConfiguration\n"
        + "metadata: {name: gw-config, namespace: infra}\n"
        + "spec:\n"
        + "  scheme: internet-facing\n"
        + "  loadBalancerName: shop\n"
        + "  tags: {owner: shop}\n"
        + "  listenerConfigurations:\n"
        + "  - {protocolPort: 'HTTPS:443', defaultCertificate: arn:gateway}\n"
        + "  - {protocolPort: 'HTTP:80'}\n"
        + "---\n"
        + "apiVersion: gateway.networking.k8s.io/v1\n"
        + "kind: Gateway\n"
        + "metadata: {name: gw, namespace: infra}\n"
        + "spec:\n"
        + "  gatewayClassName: alb\n"
        + "  infrastructure:\n"
        + "    parametersRef: "
        + gatewayRef
        + "\n"
        + "  listeners:\n"
        + "  - {name: http, protocol: HTTP, port: 80}\n";
  }

  private static final String GOOD_REF = "{group: gateway.k8s.aws, kind: LoadBalancerConfiguration, name: gw-config}";

  private static LoadBalancerConfigurationResolution resolve(ClusterSnapshot snapshot) {
    Gateway gateway = LbFixtures.gateway(snapshot, "infra", "gw");
    return LoadBalancerConfigurations.resolve(snapshot, LbFixtures.gatewayClass(snapshot, "alb"), gateway);
  }

  @Test
  void theSeedGatewaysConfigurationIsUsedAsItIs() {
    ClusterSnapshot seed = LbFixtures.seed();
    Gateway gateway = LbFixtures.gateway(seed, "kube-system", "aws-alb-gateway");
    LoadBalancerConfigurationResolution resolution =
        LoadBalancerConfigurations.resolve(seed, LbFixtures.gatewayClass(seed, "aws-alb-gateway-class"), gateway);
    assertThat(resolution.problem()).isEmpty();
    LoadBalancerConfigurationSpec spec = resolution.spec().orElseThrow();
    assertThat(spec.scheme()).contains(LoadBalancerScheme.INTERNET_FACING);
    assertThat(spec.loadBalancerAttributes()).hasSize(3);
    assertThat(spec.listenerConfigurations()).hasSize(1);
  }

  @Test
  void withoutAnyReferenceTheConfigurationIsEmpty() {
    ClusterSnapshot snapshot = LbFixtures.bareGateway();
    LoadBalancerConfigurationResolution resolution =
        LoadBalancerConfigurations.resolve(
            snapshot, LbFixtures.gatewayClass(snapshot, "alb"), LbFixtures.gateway(snapshot, "infra", "gw"));
    assertThat(resolution.spec()).contains(LoadBalancerConfigurationSpec.builder().build());
  }

  @Test
  void byDefaultTheGatewayClassConfigurationWins() {
    LoadBalancerConfigurationSpec spec = resolve(LbFixtures.read(classAndGateway("", GOOD_REF))).spec().orElseThrow();
    assertThat(spec.scheme()).contains(LoadBalancerScheme.INTERNAL);
    assertThat(spec.loadBalancerName()).contains("shop");
    assertThat(spec.tags()).containsEntry("owner", "platform").containsEntry("team", "platform");
    assertThat(spec.minimumLoadBalancerCapacity()).map(MinimumLoadBalancerCapacity::capacityUnits).contains(100);
    assertThat(spec.listenerConfigurations()).hasSize(2);
    assertThat(spec.listenerConfigurations().get(1).defaultCertificate()).contains("arn:class");
  }

  @Test
  void preferGatewayMakesTheGatewayConfigurationWin() {
    LoadBalancerConfigurationSpec spec =
        resolve(LbFixtures.read(classAndGateway("  mergingMode: prefer-gateway\n", GOOD_REF))).spec().orElseThrow();
    assertThat(spec.scheme()).contains(LoadBalancerScheme.INTERNET_FACING);
    assertThat(spec.tags()).containsEntry("owner", "shop").containsEntry("team", "platform");
    assertThat(spec.minimumLoadBalancerCapacity()).map(MinimumLoadBalancerCapacity::capacityUnits).contains(100);
    assertThat(spec.listenerConfigurations().get(1).defaultCertificate()).contains("arn:gateway");
  }

  @Test
  void aGatewayReferenceOfTheWrongKindIsInvalidParameters() {
    LoadBalancerConfigurationResolution resolution =
        resolve(LbFixtures.read(classAndGateway("", "{group: gateway.k8s.aws, kind: TargetGroupConfiguration, name: x}")));
    Problem problem = resolution.problem().orElseThrow();
    assertThat(problem.reason()).isEqualTo(Reasons.INVALID_PARAMETERS);
    assertThat(problem.message()).contains(".spec.infrastructure.parametersRef.kind").contains("LoadBalancerConfiguration");
    assertThat(resolution.spec()).isEmpty();
  }

  @Test
  void aGatewayReferenceOfTheWrongGroupIsInvalidParameters() {
    Problem problem =
        resolve(LbFixtures.read(classAndGateway("", "{group: example.com, kind: LoadBalancerConfiguration, name: gw-config}")))
            .problem()
            .orElseThrow();
    assertThat(problem.message()).contains(".spec.infrastructure.parametersRef.group");
  }

  @Test
  void aGatewayReferenceToAMissingObjectIsInvalidParameters() {
    Problem problem =
        resolve(LbFixtures.read(classAndGateway("", "{group: gateway.k8s.aws, kind: LoadBalancerConfiguration, name: nope}")))
            .problem()
            .orElseThrow();
    assertThat(problem.reason()).isEqualTo(Reasons.INVALID_PARAMETERS);
    assertThat(problem.message())
        .contains("Gateway infra/gw .spec.infrastructure.parametersRef")
        .contains("infra/nope does not exist");
  }

  @Test
  void aBrokenClassReferenceMakesTheGatewayInvalidToo() {
    String yaml = classAndGateway("", GOOD_REF).replace(" namespace: gateway-system}", "}");
    Problem problem = resolve(LbFixtures.read(yaml)).problem().orElseThrow();
    assertThat(problem.message()).contains(".spec.parametersRef.namespace");
  }

  @Test
  void anInvalidLoadBalancerNameIsInvalidParametersNamingTheObject() {
    String yaml = classAndGateway("", GOOD_REF).replace("loadBalancerName: shop", "loadBalancerName: internal-shop");
    Problem problem = resolve(LbFixtures.read(yaml)).problem().orElseThrow();
    assertThat(problem.reason()).isEqualTo(Reasons.INVALID_PARAMETERS);
    assertThat(problem.message()).contains("LoadBalancerConfiguration infra/gw-config .spec.loadBalancerName");
  }
}
