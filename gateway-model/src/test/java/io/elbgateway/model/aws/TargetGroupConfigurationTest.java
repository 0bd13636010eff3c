/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import static io.elbgateway.model.TestManifests.read;
import static io.elbgateway.model.TestManifests.assertRoundTrip;
import io.elbgateway.model.elb.ProtocolVersion;
import io.elbgateway.model.elb.TargetGroupIpAddressType;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.codec.ModelMappers;
import io.elbgateway.model.meta.LabelSelectorOperator;
import org.junit.jupiter.api.Test;

class TargetGroupConfigurationTest {

  @Test
  void seedManifestReadsWithLowercaseProtocolKeptAsWritten() {
    TargetGroupConfiguration tgc =
        read("aws/seed-targetgroupconfiguration.yaml", TargetGroupConfiguration.class);

    assertThat(tgc.apiVersion()).isEqualTo("gateway.k8s.aws/v1beta1");
    assertThat(tgc.key().display()).isEqualTo("TargetGroupConfiguration my-web/my-web");
    TargetReference ref = tgc.spec().targetReference().orElseThrow();
    assertThat(ref.group()).isEmpty();
    assertThat(ref.kind()).isEqualTo("Service");
    assertThat(ref.name()).isEqualTo("my-web");
    TargetGroupProps props = tgc.spec().defaultConfiguration().orElseThrow();
    assertThat(props.targetType()).contains(TargetType.IP);
    HealthCheckConfiguration hc = props.healthCheckConfig().orElseThrow();
    assertThat(hc.healthCheckPath()).contains("/helathz/");
    assertThat(hc.healthCheckProtocol()).contains("http");
    assertThat(hc.healthCheckProtocolValue()).contains(HealthCheckProtocol.HTTP);
    assertThat(hc.matcher().flatMap(HealthCheckMatcher::httpCode)).contains("200-399");
    assertThat(hc.healthCheckInterval()).isEmpty();
    assertThat(props.protocol()).isEmpty();
    assertThat(props.targetGroupName()).isEmpty();
    assertThat(tgc.spec().routeConfigurations()).isEmpty();

    String yaml = assertRoundTrip(tgc, TargetGroupConfiguration.class);
    assertThat(yaml).contains("healthCheckProtocol: http").doesNotContain("healthCheckProtocolValue");
  }

  @Test
  void everyFieldReadsAndRoundTrips() {
    TargetGroupConfiguration tgc =
        read("aws/full-targetgroupconfiguration.yaml", TargetGroupConfiguration.class);
    TargetGroupProps props = tgc.spec().defaultConfiguration().orElseThrow();

    assertThat(props.targetGroupName()).contains("shop-checkout");
    assertThat(props.ipAddressType()).contains(TargetGroupIpAddressType.IPV4);
    HealthCheckConfiguration hc = props.healthCheckConfig().orElseThrow();
    assertThat(hc.healthyThresholdCount()).contains(3);
    assertThat(hc.healthCheckInterval()).contains(10);
    assertThat(hc.healthCheckPort()).contains("traffic-port");
    assertThat(hc.healthCheckProtocolValue()).contains(HealthCheckProtocol.HTTP);
    assertThat(hc.healthCheckTimeout()).contains(5);
    assertThat(hc.unhealthyThresholdCount()).contains(2);
    assertThat(hc.matcher().flatMap(HealthCheckMatcher::httpCode)).contains("200");
    assertThat(props.nodeSelector().orElseThrow().matchExpressions())
        .singleElement()
        .satisfies(r -> assertThat(r.operator()).isEqualTo(LabelSelectorOperator.IN));
    assertThat(props.targetGroupAttributes())
        .containsExactly(Attribute.of("deregistration_delay.timeout_seconds", "30"));
    assertThat(props.targetType()).contains(TargetType.INSTANCE);
    assertThat(props.protocol()).contains(ElbProtocol.HTTPS);
    assertThat(props.protocolVersion()).contains(ProtocolVersion.HTTP2);
    assertThat(props.targetControlPort()).contains(3000);
    assertThat(props.enableMultiCluster()).contains(true);
    assertThat(props.tags()).containsEntry("app", "checkout");

    assertThat(tgc.spec().routeConfigurations()).hasSize(2);
    RouteConfiguration grpc = tgc.spec().routeConfigurations().get(0);
    assertThat(grpc.routeIdentifier().kind()).contains("GRPCRoute");
    assertThat(grpc.routeIdentifier().namespace()).contains("shop");
    assertThat(grpc.routeIdentifier().name()).contains("checkout-grpc");
    assertThat(grpc.targetGroupProps().protocolVersion()).contains(ProtocolVersion.GRPC);
    assertThat(grpc.targetGroupProps().healthCheckConfig().flatMap(HealthCheckConfiguration::matcher)
            .flatMap(HealthCheckMatcher::grpcCode))
        .contains("0-99");
    RouteIdentifier kindOnly = tgc.spec().routeConfigurations().get(1).routeIdentifier();
    assertThat(kindOnly.namespace()).isEmpty();
    assertThat(kindOnly.name()).isEmpty();
    assertThat(tgc.status().flatMap(ConfigurationStatus::observedGatewayConfigurationGeneration))
        .contains(1L);

    assertRoundTrip(tgc, TargetGroupConfiguration.class);
  }

  @Test
  void targetReferenceDefaultsGroupAndKind() {
    TargetGroupConfiguration tgc =
        ModelMappers.yaml()
            .readValue(
                "metadata: {name: t, namespace: n}\nspec:\n  targetReference:\n    name: web\n",
                TargetGroupConfiguration.class);

    TargetReference ref = tgc.spec().targetReference().orElseThrow();
    assertThat(ref.group()).isEqualTo("");
    assertThat(ref.kind()).isEqualTo("Service");
    assertThat(tgc.apiVersion()).isEqualTo("gateway.k8s.aws/v1");
    assertThat(tgc.spec().defaultConfiguration()).isEmpty();
  }

  @Test
  void healthCheckProtocolValueIsEmptyForAnUnknownProtocol() {
    HealthCheckConfiguration hc =
        HealthCheckConfiguration.builder().healthCheckProtocol("UDP").build();

    assertThat(hc.healthCheckProtocolValue()).isEmpty();
    assertThat(HealthCheckConfiguration.builder().build().healthCheckProtocolValue()).isEmpty();
  }
}
