/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.targets;

import static io.elbgateway.translate.targets.TargetsFixtures.ROUTE;
import static io.elbgateway.translate.targets.TargetsFixtures.SERVICE;
import static io.elbgateway.translate.targets.TargetsFixtures.forward;
import static io.elbgateway.translate.targets.TargetsFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.translate.TestContexts;
import io.elbgateway.model.aws.HealthCheckConfiguration;
import io.elbgateway.model.aws.RouteConfiguration;
import io.elbgateway.model.aws.RouteIdentifier;
import io.elbgateway.model.aws.TargetGroupConfigurationSpec;
import io.elbgateway.model.aws.TargetGroupProps;
import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.elb.TargetGroup;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.translate.DeviationCode;
import org.junit.jupiter.api.Test;

class TargetGroupConfigurationLayeringTest {

  private static TargetGroupProps path(String path) {
    return TargetGroupProps.builder().healthCheckConfig(HealthCheckConfiguration.builder().healthCheckPath(path).build()).build();
  }

  private static RouteConfiguration entry(String kind, String namespace, String name, String path) {
    var id = RouteIdentifier.builder();
    if (kind != null) {
      id.kind(kind);
    }
    if (namespace != null) {
      id.namespace(namespace);
    }
    if (name != null) {
      id.name(name);
    }
    return RouteConfiguration.builder().routeIdentifier(id.build()).targetGroupProps(path(path)).build();
  }

  private static final Route WEB = TargetsFixtures.route(snapshot(ROUTE), "HTTPRoute", "apps", "web");

  private static String chosen(RouteConfiguration... entries) {
    TargetGroupConfigurationSpec spec =
        TargetGroupConfigurationSpec.builder().defaultConfiguration(path("/default")).addRouteConfigurations(entries).build();
    return TargetGroupPropsLayering.forRoute(spec, WEB).healthCheckConfig().flatMap(HealthCheckConfiguration::healthCheckPath).orElseThrow();
  }

  @Test
  void mostSpecificMatchingEntryWinsAndNonMatchingEntriesAreIgnored() {
    assertThat(chosen(entry("HTTPRoute", null, null, "/kind"))).isEqualTo("/kind");
    assertThat(chosen(entry("HTTPRoute", null, null, "/kind"), entry("HTTPRoute", "apps", null, "/ns"))).isEqualTo("/ns");
    assertThat(chosen(entry("HTTPRoute", "apps", "web", "/exact"), entry("HTTPRoute", "apps", null, "/ns"))).isEqualTo("/exact");
    assertThat(chosen(entry("GRPCRoute", null, null, "/other-kind"))).isEqualTo("/default");
    assertThat(chosen(entry("HTTPRoute", "other", null, "/other-ns"))).isEqualTo("/default");
    assertThat(chosen(entry("HTTPRoute", "apps", "other", "/other-name"))).isEqualTo("/default");
    assertThat(chosen(entry(null, "apps", null, "/no-kind"))).isEqualTo("/default");
  }

  @Test
  void higherLayerWinsFieldByFieldWithTagsAndAttributesMergedByKey() {
    TargetGroupProps high =
        TargetGroupProps.builder()
            .putTag("team", "b")
            .addTargetGroupAttributes(io.elbgateway.model.aws.Attribute.of("slow_start.duration_seconds", "60"))
            .build();
    TargetGroupProps low =
        TargetGroupProps.builder()
            .from(path("/low"))
            .targetGroupName("low-name")
            .putTag("team", "a")
            .putTag("tier", "web")
            .addTargetGroupAttributes(io.elbgateway.model.aws.Attribute.of("slow_start.duration_seconds", "30"))
            .addTargetGroupAttributes(io.elbgateway.model.aws.Attribute.of("stickiness.enabled", "true"))
            .build();
    TargetGroupProps merged = TargetGroupPropsLayering.over(high, low);
    assertThat(merged.healthCheckConfig()).isEqualTo(low.healthCheckConfig());
    assertThat(merged.targetGroupName()).contains("low-name");
    assertThat(merged.tags()).containsEntry("team", "b").containsEntry("tier", "web");
    assertThat(TargetGroupPropsLayering.attributes(merged))
        .containsEntry("slow_start.duration_seconds", "60")
        .containsEntry("stickiness.enabled", "true");
  }

  private static final String CLASS_AND_GATEWAY =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: GatewayClass
      metadata: {name: alb}
      spec:
        controllerName: gateway.k8s.aws/alb
        parametersRef: {group: gateway.k8s.aws, kind: LoadBalancerConfiguration, name: class-lb, namespace: platform}
      ---
      apiVersion: gateway.networking.k8s.io/v1
      kind: Gateway
      metadata: {name: gw, namespace: infra}
      spec:
        gatewayClassName: alb
        infrastructure: {parametersRef: {group: gateway.k8s.aws, kind: LoadBalancerConfiguration, name: gw-lb}}
        listeners: [{name: http, protocol: HTTP, port: 80}]
      ---
      apiVersion: gateway.k8s.aws/v1
      kind: LoadBalancerConfiguration
      metadata: {name: class-lb, namespace: platform}
      spec: {MODE defaultTargetGroupConfiguration: {name: class-defaults}}
      ---
      apiVersion: gateway.k8s.aws/v1
      kind: LoadBalancerConfiguration
      metadata: {name: gw-lb, namespace: infra}
      spec: {defaultTargetGroupConfiguration: {name: gw-defaults}}
      ---
      apiVersion: gateway.k8s.aws/v1
      kind: TargetGroupConfiguration
      metadata: {name: class-defaults, namespace: platform}
      spec:
        defaultConfiguration: {healthCheckConfig: {healthCheckPath: /class}, tags: {from: class}}
      ---
      apiVersion: gateway.k8s.aws/v1
      kind: TargetGroupConfiguration
      metadata: {name: gw-defaults, namespace: infra}
      spec:
        defaultConfiguration: {healthCheckConfig: {healthCheckPath: /gateway}, tags: {from: gateway, only: gateway}}
      """;

  @Test
  void classAndGatewayDefaultsMergeAsTheClassMergingModeSays() {
    TargetGroup preferClass =
        only(forward(snapshot(CLASS_AND_GATEWAY.replace("MODE ", ""), ROUTE, SERVICE), "HTTPRoute", "apps", "web", 0, Protocol.HTTP));
    assertThat(preferClass.healthCheckPath()).contains("/class");
    assertThat(preferClass.tags()).containsEntry("from", "class").containsEntry("only", "gateway");
    TargetGroup preferGateway =
        only(forward(snapshot(CLASS_AND_GATEWAY.replace("MODE ", "mergingMode: prefer-gateway, "), ROUTE, SERVICE), "HTTPRoute", "apps", "web", 0, Protocol.HTTP));
    assertThat(preferGateway.healthCheckPath()).contains("/gateway");
    assertThat(preferGateway.tags()).containsEntry("from", "gateway");
  }

  @Test
  void aMissingDefaultConfigurationIsReportedAndIgnored() {
    String world = CLASS_AND_GATEWAY.replace("MODE ", "").replace("name: class-defaults}}", "name: nowhere}}");
    TargetsFixtures.Result result = forward(snapshot(world, ROUTE, SERVICE), "HTTPRoute", "apps", "web", 0, Protocol.HTTP);
    assertThat(only(result).healthCheckPath()).contains("/gateway");
    assertThat(TestContexts.collected(result.context()).diagnostics())
        .anySatisfy(d -> {
          assertThat(d.object().name()).isEqualTo("class-lb");
          assertThat(d.code()).isEqualTo(DeviationCode.OTHER);
          assertThat(d.path()).isEqualTo(".spec.defaultTargetGroupConfiguration.name");
          assertThat(d.message()).contains("platform/nowhere does not exist");
        });
  }

  private static TargetGroup only(TargetsFixtures.Result result) {
    assertThat(result.plan().problems()).isEmpty();
    assertThat(result.registry().targetGroups()).hasSize(1);
    return result.registry().targetGroups().get(0);
  }
}
