/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import static io.elbgateway.model.TestManifests.read;
import static io.elbgateway.model.TestManifests.assertRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.meta.ObjectMeta;
import io.elbgateway.model.status.ConditionStatus;
import org.junit.jupiter.api.Test;

class GatewayClassTest {

  @Test
  void readsTheSeedGatewayClassAtV1beta1AndKeepsThatVersion() {
    GatewayClass gatewayClass = read("gateway/gatewayclass-seed.yaml", GatewayClass.class);

    assertThat(gatewayClass.apiVersion()).isEqualTo("gateway.networking.k8s.io/v1beta1");
    assertThat(gatewayClass.kind()).isEqualTo("GatewayClass");
    assertThat(gatewayClass.metadata().name()).isEqualTo("aws-alb-gateway-class");
    assertThat(gatewayClass.spec().controllerName()).isEqualTo("gateway.k8s.aws/alb");
    assertThat(gatewayClass.spec().parametersRef()).isEmpty();
    assertThat(gatewayClass.status()).isEmpty();
    String yaml = assertRoundTrip(gatewayClass, GatewayClass.class);
    assertThat(yaml).contains("apiVersion: gateway.networking.k8s.io/v1beta1");
  }

  @Test
  void isClusterScoped() {
    GatewayClass gatewayClass = read("gateway/gatewayclass-seed.yaml", GatewayClass.class);

    assertThat(gatewayClass.metadata().namespace()).isEmpty();
    assertThat(gatewayClass.key())
        .isEqualTo(ObjectKey.of("gateway.networking.k8s.io", "GatewayClass", "", "aws-alb-gateway-class"));
    assertThat(gatewayClass.key().namespacedName()).isEqualTo("aws-alb-gateway-class");
  }

  @Test
  void readsParametersDescriptionAndStatus() {
    GatewayClass gatewayClass = read("gateway/gatewayclass-parameters.yaml", GatewayClass.class);

    assertThat(gatewayClass.spec().description()).contains("Internal ALBs for the platform team");
    assertThat(gatewayClass.spec().parametersRef()).hasValueSatisfying(ref -> {
      assertThat(ref.group()).isEqualTo("gateway.k8s.aws");
      assertThat(ref.kind()).isEqualTo("LoadBalancerConfiguration");
      assertThat(ref.namespace()).contains("kube-system");
    });
    assertThat(gatewayClass.status().orElseThrow().conditions())
        .singleElement()
        .satisfies(c -> assertThat(c.status()).isEqualTo(ConditionStatus.TRUE));
    assertRoundTrip(gatewayClass, GatewayClass.class);
  }

  @Test
  void builtWithoutVersionUsesV1() {
    GatewayClass gatewayClass =
        GatewayClass.builder()
            .metadata(ObjectMeta.builder().name("alb").build())
            .spec(GatewayClassSpec.builder().controllerName("gateway.k8s.aws/alb").build())
            .build();

    assertThat(gatewayClass.apiVersion()).isEqualTo("gateway.networking.k8s.io/v1");
    assertThat(gatewayClass.kind()).isEqualTo("GatewayClass");
    assertRoundTrip(gatewayClass, GatewayClass.class);
  }
}
