/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.targets;

import static io.elbgateway.translate.targets.TargetsFixtures.GATEWAY;
import static io.elbgateway.translate.targets.TargetsFixtures.ROUTE;
import static io.elbgateway.translate.targets.TargetsFixtures.SERVICE;
import static io.elbgateway.translate.targets.TargetsFixtures.forward;
import static io.elbgateway.translate.targets.TargetsFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.translate.TestContexts;
import io.elbgateway.model.aws.LoadBalancerConfigurationSpec;
import io.elbgateway.model.elb.IpAddressType;
import io.elbgateway.model.elb.Matcher;
import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.elb.ProtocolVersion;
import io.elbgateway.model.elb.TargetDescription;
import io.elbgateway.model.elb.TargetGroup;
import io.elbgateway.model.elb.TargetGroupIpAddressType;
import io.elbgateway.model.elb.TargetGroupTuple;
import io.elbgateway.model.elb.TargetType;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.translate.DeviationCode;
import io.elbgateway.translate.GatewayContext;
import io.elbgateway.translate.TranslatorOptions;
import io.elbgateway.translate.status.Problem;
import io.elbgateway.translate.status.Reasons;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceBackendsTest {

  private static TargetGroup only(TargetsFixtures.Result result) {
    assertThat(result.plan().problems()).isEmpty();
    assertThat(result.registry().targetGroups()).hasSize(1);
    return result.registry().targetGroups().get(0);
  }

  private static Problem problem(TargetsFixtures.Result result) {
    assertThat(result.plan().forwardsNothing()).isTrue();
    assertThat(result.registry().targetGroups()).isEmpty();
    assertThat(result.plan().problems()).hasSize(1);
    return result.plan().problems().get(0);
  }

  @Test
  void seedGivesOneHttpIpTargetGroupWithTheConfiguredHealthCheckAndThePodIps() {
    ClusterSnapshot seed = TargetsFixtures.seed();
    TargetsFixtures.Result result = forward(seed, "HTTPRoute", "my-web", "my-web", 1, Protocol.HTTP);
    TargetGroup group = only(result);
    assertThat(group.key()).isEqualTo("kube-system/aws-alb-gateway/my-web/my-web:80");
    assertThat(group.name()).startsWith("k8s-myweb-myweb-").hasSize(26).matches("[a-z0-9-]+");
    assertThat(group.protocol()).contains(Protocol.HTTP);
    assertThat(group.protocolVersion()).contains(ProtocolVersion.HTTP1);
    assertThat(group.targetType()).isEqualTo(TargetType.IP);
    assertThat(group.port()).contains(8080);
    assertThat(group.ipAddressType()).contains(TargetGroupIpAddressType.IPV4);
    assertThat(group.healthCheckPath()).contains("/healthz/");
    assertThat(group.healthCheckProtocol()).contains(Protocol.HTTP);
    assertThat(group.healthCheckPort()).contains("traffic-port");
    assertThat(group.matcher()).contains(Matcher.httpCode("200-399"));
    assertThat(group.healthCheckIntervalSeconds()).contains(15);
    assertThat(group.healthCheckTimeoutSeconds()).contains(5);
    assertThat(group.healthyThresholdCount()).contains(3);
    assertThat(group.unhealthyThresholdCount()).contains(3);
    assertThat(group.targets())
        .containsExactly(
            TargetDescription.builder().id("10.0.1.23").port(8080).availabilityZone("ap-northeast-2a").build(),
            TargetDescription.builder().id("10.0.2.41").port(8080).availabilityZone("ap-northeast-2b").build());
    assertThat(result.plan().targetGroups()).containsExactly(TargetGroupTuple.of(group.key(), 1));
    assertThat(result.plan().validWeight()).isEqualTo(1);
  }

  @Test
  void readyEndpointsOnlySortedWithNumericTargetPort() {
    TargetGroup group = only(forward(snapshot(GATEWAY, ROUTE, SERVICE), "HTTPRoute", "apps", "web", 0, Protocol.HTTP));
    assertThat(group.port()).contains(8080);
    assertThat(group.targets()).extracting(TargetDescription::id).containsExactly("10.0.0.1", "10.0.0.2");
    assertThat(group.targets().get(0).availabilityZone()).contains("us-west-2a");
  }

  @Test
  void namedTargetPortIsResolvedFromTheEndpointSlices() {
    String service = SERVICE.replace("targetPort: 8080", "targetPort: web-http").replace("port: 8080}]", "port: 9090}]");
    TargetGroup group = only(forward(snapshot(GATEWAY, ROUTE, service), "HTTPRoute", "apps", "web", 0, Protocol.HTTP));
    assertThat(group.port()).contains(9090);
    assertThat(group.targets()).allMatch(t -> t.port().equals(java.util.Optional.of(9090)));
  }

  private static final String OTHER_NAMESPACE_ROUTE = ROUTE.replace("{name: web, port: 80}", "{name: web, namespace: apps, port: 80}")
      .replace("namespace: apps}\nspec", "namespace: front}\nspec");

  private static String grant(String fromKind, String fromNamespace, String toName) {
    return """
        apiVersion: gateway.networking.k8s.io/v1beta1
        kind: ReferenceGrant
        metadata: {name: allow, namespace: apps}
        spec:
          from: [{group: gateway.networking.k8s.io, kind: %s, namespace: %s}]
          to: [{group: "", kind: Service%s}]
        """.formatted(fromKind, fromNamespace, toName.isEmpty() ? "" : ", name: " + toName);
  }

  @Test
  void crossNamespaceBackendNeedsAReferenceGrant() {
    Problem problem = problem(forward(snapshot(GATEWAY, OTHER_NAMESPACE_ROUTE, SERVICE), "HTTPRoute", "front", "web", 0, Protocol.HTTP));
    assertThat(problem.reason()).isEqualTo(Reasons.REF_NOT_PERMITTED);
    assertThat(problem.message()).startsWith(".spec.rules[0].backendRefs[0]: Service apps/web").contains("ReferenceGrant");
  }

  @Test
  void crossNamespaceBackendWithAGrantResolves() {
    only(forward(snapshot(GATEWAY, OTHER_NAMESPACE_ROUTE, SERVICE, grant("HTTPRoute", "front", "")), "HTTPRoute", "front", "web", 0, Protocol.HTTP));
    only(forward(snapshot(GATEWAY, OTHER_NAMESPACE_ROUTE, SERVICE, grant("HTTPRoute", "front", "web")), "HTTPRoute", "front", "web", 0, Protocol.HTTP));
  }

  @Test
  void aGrantForAnotherKindNamespaceOrNameDoesNotCount() {
    for (String grant : List.of(grant("GRPCRoute", "front", ""), grant("HTTPRoute", "elsewhere", ""), grant("HTTPRoute", "front", "other"))) {
      Problem problem = problem(forward(snapshot(GATEWAY, OTHER_NAMESPACE_ROUTE, SERVICE, grant), "HTTPRoute", "front", "web", 0, Protocol.HTTP));
      assertThat(problem.reason()).isEqualTo(Reasons.REF_NOT_PERMITTED);
    }
  }

  @Test
  void missingServiceIsBackendNotFound() {
    Problem problem = problem(forward(snapshot(GATEWAY, ROUTE), "HTTPRoute", "apps", "web", 0, Protocol.HTTP));
    assertThat(problem.reason()).isEqualTo(Reasons.BACKEND_NOT_FOUND);
    assertThat(problem.message()).isEqualTo(".spec.rules[0].backendRefs[0]: Service apps/web does not exist");
  }

  @Test
  void missingPortIsBackendNotFound() {
    Problem problem = problem(forward(snapshot(GATEWAY, ROUTE.replace("port: 80", "port: 81"), SERVICE), "HTTPRoute", "apps", "web", 0, Protocol.HTTP));
    assertThat(problem.reason()).isEqualTo(Reasons.BACKEND_NOT_FOUND);
    assertThat(problem.message()).isEqualTo(".spec.rules[0].backendRefs[0].port: Service apps/web has no port 81 (its ports: 80)");
    Problem noPort = problem(forward(TargetsFixtures.snapshotUnvalidated(GATEWAY, ROUTE.replace(", port: 80", ""), SERVICE), "HTTPRoute", "apps", "web", 0, Protocol.HTTP));
    assertThat(noPort.reason()).isEqualTo(Reasons.BACKEND_NOT_FOUND);
    assertThat(noPort.message()).startsWith(".spec.rules[0].backendRefs[0].port:");
  }

  @Test
  void externalNameServiceIsInvalidKind() {
    String service =
        """
        apiVersion: v1
        kind: Service
        metadata: {name: web, namespace: apps}
        spec: {type: ExternalName, externalName: example.com, ports: [{port: 80}]}
        """;
    Problem problem = problem(forward(snapshot(GATEWAY, ROUTE, service), "HTTPRoute", "apps", "web", 0, Protocol.HTTP));
    assertThat(problem.reason()).isEqualTo(Reasons.INVALID_KIND);
    assertThat(problem.message()).contains("ExternalName");
  }

  private static final String INSTANCE_WORLD =
      """
      apiVersion: v1
      kind: Service
      metadata: {name: web, namespace: apps}
      spec:
        type: NodePort
        ports: [{port: 80, targetPort: 8080, nodePort: 30080}]
      ---
      apiVersion: gateway.k8s.aws/v1
      kind: TargetGroupConfiguration
      metadata: {name: web, namespace: apps}
      spec:
        targetReference: {name: web}
        defaultConfiguration: {targetType: instance}
      ---
      apiVersion: v1
      kind: Node
      metadata: {name: b, labels: {pool: web}}
      spec: {providerID: "aws:///us-west-2b/i-0bbbbbbbbbbbbbbbb"}
      ---
      apiVersion: v1
      kind: Node
      metadata: {name: a, labels: {pool: web}}
      spec: {providerID: "aws:///us-west-2a/i-0aaaaaaaaaaaaaaaa", unschedulable: true}
      ---
      apiVersion: v1
      kind: Node
      metadata: {name: c, labels: {pool: batch}}
      spec: {providerID: "aws:///us-west-2c/i-0cccccccccccccccc"}
      ---
      apiVersion: v1
      kind: Node
      metadata: {name: fargate, labels: {pool: web}}
      spec: {providerID: "fargate-ip-10-0-0-9"}
      ---
      apiVersion: v1
      kind: Node
      metadata: {name: excluded, labels: {pool: web, node.kubernetes.io/exclude-from-external-load-balancers: ""}}
      spec: {providerID: "aws:///us-west-2a/i-0dddddddddddddddd"}
      """;

  @Test
  void instanceTargetsAreTheNodesInstancesOnTheNodePort() {
    TargetGroup group = only(forward(snapshot(GATEWAY, ROUTE, INSTANCE_WORLD), "HTTPRoute", "apps", "web", 0, Protocol.HTTP));
    assertThat(group.targetType()).isEqualTo(TargetType.INSTANCE);
    assertThat(group.port()).contains(30080);
    assertThat(group.targets())
        .containsExactly(
            TargetDescription.of("i-0aaaaaaaaaaaaaaaa", 30080),
            TargetDescription.of("i-0bbbbbbbbbbbbbbbb", 30080),
            TargetDescription.of("i-0cccccccccccccccc", 30080));
  }

  @Test
  void nodeSelectorFiltersInstanceTargets() {
    String world = INSTANCE_WORLD.replace("{targetType: instance}", "{targetType: instance, nodeSelector: {matchLabels: {pool: web}}}");
    TargetGroup group = only(forward(snapshot(GATEWAY, ROUTE, world), "HTTPRoute", "apps", "web", 0, Protocol.HTTP));
    assertThat(group.targets()).extracting(TargetDescription::id).containsExactly("i-0aaaaaaaaaaaaaaaa", "i-0bbbbbbbbbbbbbbbb");
  }

  @Test
  void instanceTargetsNeedANodePort() {
    String world = INSTANCE_WORLD.replace(", nodePort: 30080", "").replace("type: NodePort", "type: ClusterIP");
    Problem problem = problem(forward(snapshot(GATEWAY, ROUTE, world), "HTTPRoute", "apps", "web", 0, Protocol.HTTP));
    assertThat(problem.reason()).isEqualTo(Reasons.BACKEND_NOT_FOUND);
    assertThat(problem.message()).contains("NodePort or LoadBalancer");
  }

  @Test
  void h2cAppProtocolGivesHttp2BehindHttpsOnly() {
    String service = SERVICE.replace("{name: http, port: 80, targetPort: 8080}", "{name: http, port: 80, targetPort: 8080, appProtocol: kubernetes.io/h2c}");
    ClusterSnapshot snapshot = snapshot(GATEWAY, ROUTE, service);
    assertThat(only(forward(snapshot, "HTTPRoute", "apps", "web", 0, Protocol.HTTPS)).protocolVersion()).contains(ProtocolVersion.HTTP2);
    assertThat(only(forward(snapshot, "HTTPRoute", "apps", "web", 0, Protocol.HTTP)).protocolVersion()).contains(ProtocolVersion.HTTP1);
  }

  private static final String GRPC_ROUTE =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: GRPCRoute
      metadata: {name: rpc, namespace: apps}
      spec:
        parentRefs: [{name: gw, namespace: infra}]
        rules:
          - backendRefs: [{name: web, port: 80}]
      """;

  @Test
  void grpcRouteGivesGrpcTargetGroupsWithTheGrpcHealthCheck() {
    TargetGroup group = only(forward(snapshot(GATEWAY, GRPC_ROUTE, SERVICE), "GRPCRoute", "apps", "rpc", 0, Protocol.HTTPS));
    assertThat(group.protocolVersion()).contains(ProtocolVersion.GRPC);
    assertThat(group.healthCheckPath()).contains("/AWS.ALB/healthcheck");
    assertThat(group.matcher()).contains(Matcher.grpcCode("12"));
  }

  private static String tgc(String name, String body) {
    return """
        apiVersion: gateway.k8s.aws/v1
        kind: TargetGroupConfiguration
        metadata: {name: %s, namespace: apps}
        spec:
        %s
        """.formatted(name, body.indent(2));
  }

  @Test
  void routeSpecificConfigurationBeatsTheDefaultConfiguration() {
    String config =
        tgc(
            "web",
            """
            targetReference: {name: web}
            defaultConfiguration: {healthCheckConfig: {healthCheckPath: /default}, tags: {team: a, tier: web}}
            routeConfigurations:
              - routeIdentifier: {kind: HTTPRoute}
                targetGroupProps: {healthCheckConfig: {healthCheckPath: /kind}}
              - routeIdentifier: {kind: HTTPRoute, namespace: apps, name: web}
                targetGroupProps: {healthCheckConfig: {healthCheckPath: /exact}, tags: {team: b}}
              - routeIdentifier: {kind: HTTPRoute, namespace: apps}
                targetGroupProps: {healthCheckConfig: {healthCheckPath: /namespace}}
            """);
    TargetGroup group = only(forward(snapshot(GATEWAY, ROUTE, SERVICE, config), "HTTPRoute", "apps", "web", 0, Protocol.HTTP));
    assertThat(group.healthCheckPath()).contains("/exact");
    assertThat(group.tags()).containsEntry("team", "b").containsEntry("tier", "web");
    String noExact = config.replace("namespace: apps, name: web}", "namespace: apps, name: other}");
    TargetGroup partial = only(forward(snapshot(GATEWAY, ROUTE, SERVICE, noExact), "HTTPRoute", "apps", "web", 0, Protocol.HTTP));
    assertThat(partial.healthCheckPath()).contains("/namespace");
    assertThat(partial.tags()).containsEntry("team", "a");
  }

  private static final String LBC_WITH_DEFAULT =
      """
      apiVersion: gateway.k8s.aws/v1
      kind: LoadBalancerConfiguration
      metadata: {name: lb, namespace: infra}
      spec: {defaultTargetGroupConfiguration: {name: defaults}}
      ---
      apiVersion: gateway.k8s.aws/v1
      kind: TargetGroupConfiguration
      metadata: {name: defaults, namespace: infra}
      spec:
        defaultConfiguration:
          healthCheckConfig: {healthCheckPath: /gateway-default}
          targetGroupAttributes: [{key: deregistration_delay.timeout_seconds, value: "30"}]
      """;

  private static final String GATEWAY_WITH_LBC =
      GATEWAY.replace("gatewayClassName: alb\n", "gatewayClassName: alb\n  infrastructure: {parametersRef: {group: gateway.k8s.aws, kind: LoadBalancerConfiguration, name: lb}}\n");

  @Test
  void gatewayDefaultConfigurationAppliesUnderTheServiceConfiguration() {
    TargetGroup fromDefault = only(forward(snapshot(GATEWAY_WITH_LBC, LBC_WITH_DEFAULT, ROUTE, SERVICE), "HTTPRoute", "apps", "web", 0, Protocol.HTTP));
    assertThat(fromDefault.healthCheckPath()).contains("/gateway-default");
    assertThat(fromDefault.attributes()).containsEntry("deregistration_delay.timeout_seconds", "30");
    String own = tgc("web", "targetReference: {name: web}\ndefaultConfiguration: {healthCheckConfig: {healthCheckPath: /service}}\n");
    TargetGroup layered = only(forward(snapshot(GATEWAY_WITH_LBC, LBC_WITH_DEFAULT, ROUTE, SERVICE, own), "HTTPRoute", "apps", "web", 0, Protocol.HTTP));
    assertThat(layered.healthCheckPath()).contains("/service");
    assertThat(layered.attributes()).containsEntry("deregistration_delay.timeout_seconds", "30");
  }

  @Test
  void theOldestOfSeveralServiceConfigurationsWinsAndTheOthersAreReported() {
    String older = tgc("b-older", "targetReference: {name: web}\ndefaultConfiguration: {healthCheckConfig: {healthCheckPath: /older}}\n")
        .replace("namespace: apps}", "namespace: apps, creationTimestamp: \"2026-01-01T00:00:00Z\"}");
    String newer = tgc("a-newer", "targetReference: {name: web}\ndefaultConfiguration: {healthCheckConfig: {healthCheckPath: /newer}}\n")
        .replace("namespace: apps}", "namespace: apps, creationTimestamp: \"2026-02-01T00:00:00Z\"}");
    TargetsFixtures.Result result = forward(snapshot(GATEWAY, ROUTE, SERVICE, older, newer), "HTTPRoute", "apps", "web", 0, Protocol.HTTP);
    assertThat(only(result).healthCheckPath()).contains("/older");
    assertThat(TestContexts.collected(result.context()).diagnostics())
        .anySatisfy(d -> {
          assertThat(d.object().name()).isEqualTo("a-newer");
          assertThat(d.code()).isEqualTo(DeviationCode.OTHER);
        });
  }

  @Test
  void healthCheckOutsideElbRangesMakesTheBackendInvalid() {
    String config = tgc("web", "targetReference: {name: web}\ndefaultConfiguration: {healthCheckConfig: {healthCheckInterval: 2}}\n");
    Problem problem = problem(forward(snapshot(GATEWAY, ROUTE, SERVICE, config), "HTTPRoute", "apps", "web", 0, Protocol.HTTP));
    assertThat(problem.reason()).isEqualTo(Reasons.UNSUPPORTED_VALUE);
    assertThat(problem.message()).contains("healthCheckConfig.healthCheckInterval: must be 5 to 300 (is 2)");
    String tcp = tgc("web", "targetReference: {name: web}\ndefaultConfiguration: {healthCheckConfig: {healthCheckProtocol: TCP}}\n");
    assertThat(problem(forward(snapshot(GATEWAY, ROUTE, SERVICE, tcp), "HTTPRoute", "apps", "web", 0, Protocol.HTTP)).message())
        .contains("healthCheckProtocol");
  }

  @Test
  void namedHealthCheckPortIsResolvedLikeThePort() {
    String service = SERVICE.replace("ports:\n    - {name: http, port: 80, targetPort: 8080}", "ports:\n    - {name: http, port: 80, targetPort: 8080}\n    - {name: admin, port: 81, targetPort: 9901}");
    String config = tgc("web", "targetReference: {name: web}\ndefaultConfiguration: {healthCheckConfig: {healthCheckPort: admin}}\n");
    TargetGroup group = only(forward(snapshot(GATEWAY, ROUTE, service, config), "HTTPRoute", "apps", "web", 0, Protocol.HTTP));
    assertThat(group.healthCheckPort()).contains("9901");
  }

  @Test
  void configuredProtocolOtherThanHttpOrHttpsIsUnsupportedProtocol() {
    String config = tgc("web", "targetReference: {name: web}\ndefaultConfiguration: {protocol: TCP}\n");
    assertThat(problem(forward(snapshot(GATEWAY, ROUTE, SERVICE, config), "HTTPRoute", "apps", "web", 0, Protocol.HTTP)).reason())
        .isEqualTo(Reasons.UNSUPPORTED_PROTOCOL);
  }

  @Test
  void targetGroupNameFromTheConfigurationIsUsed() {
    String config = tgc("web", "targetReference: {name: web}\ndefaultConfiguration: {targetGroupName: my-web-tg}\n");
    assertThat(only(forward(snapshot(GATEWAY, ROUTE, SERVICE, config), "HTTPRoute", "apps", "web", 0, Protocol.HTTP)).name())
        .isEqualTo("my-web-tg");
  }

  @Test
  void ipv6FirstServiceNeedsADualStackLoadBalancer() {
    String service =
        SERVICE.replace("spec:\n  ports:", "spec:\n  ipFamilies: [IPv6, IPv4]\n  ports:")
            + "---\n" + SERVICE.substring(SERVICE.indexOf("apiVersion: discovery"))
                .replace("web-abc", "web-v6").replace("IPv4", "IPv6").replace("10.0.0.1", "fd00::1").replace("10.0.0.2", "fd00::2").replace("10.0.0.3", "fd00::3");
    ClusterSnapshot snapshot = snapshot(GATEWAY, ROUTE, service);
    assertThat(problem(forward(snapshot, "HTTPRoute", "apps", "web", 0, Protocol.HTTP)).message()).contains("dual-stack");
    GatewayContext dual =
        TargetsFixtures.context(
            snapshot, TranslatorOptions.defaults(), LoadBalancerConfigurationSpec.builder().ipAddressType(IpAddressType.DUALSTACK).build());
    TargetGroupRegistry registry = new TargetGroupRegistry(dual);
    Route route = TargetsFixtures.route(snapshot, "HTTPRoute", "apps", "web");
    registry.forward(route, 0, route.spec().rules().get(0).backendRefs(), Protocol.HTTP);
    TargetGroup group = registry.targetGroups().get(0);
    assertThat(group.ipAddressType()).contains(TargetGroupIpAddressType.IPV6);
    assertThat(group.targets()).extracting(TargetDescription::id).containsExactly("fd00::1", "fd00::2");
  }
}
