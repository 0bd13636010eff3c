/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.targets;

import static io.elbgateway.translate.targets.TargetsFixtures.GATEWAY;
import static io.elbgateway.translate.targets.TargetsFixtures.SERVICE;
import static io.elbgateway.translate.targets.TargetsFixtures.forward;
import static io.elbgateway.translate.targets.TargetsFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.translate.TestContexts;
import io.elbgateway.model.aws.LoadBalancerConfigurationSpec;
import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.elb.ProtocolVersion;
import io.elbgateway.model.elb.TargetGroup;
import io.elbgateway.model.elb.TargetGroupTuple;
import io.elbgateway.model.gateway.BackendRef;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.translate.AlbQuotas;
import io.elbgateway.translate.DeviationCode;
import io.elbgateway.translate.Diagnostic;
import io.elbgateway.translate.GatewayContext;
import io.elbgateway.translate.TranslatorOptions;
import io.elbgateway.translate.spi.BackendContext;
import io.elbgateway.translate.spi.BackendResolution;
import io.elbgateway.translate.spi.BackendResolver;
import io.elbgateway.translate.status.Reasons;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetGroupRegistryTest {

  /** A route whose only rule has these backendRefs (flow-style YAML entries). */
  private static String route(String name, String... backendRefs) {
    return """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata: {name: %s, namespace: apps}
        spec:
          parentRefs: [{name: gw, namespace: infra}]
          rules:
            - backendRefs: [%s]
        """.formatted(name, String.join(", ", backendRefs));
  }

  /** Services web0..web{n-1}, each with one ready endpoint. */
  private static String services(int n) {
    List<String> docs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      docs.add(SERVICE.replace("name: web,", "name: web" + i + ",").replace("name: web-abc", "name: web" + i + "-abc")
          .replace("service-name: web}", "service-name: web" + i + "}"));
    }
    return String.join("\n---\n", docs);
  }

  private static List<Diagnostic> diagnostics(TargetsFixtures.Result result) {
    return TestContexts.collected(result.context()).diagnostics();
  }

  @Test
  void unknownKindIsInvalidKindAndForwardsNothing() {
    TargetsFixtures.Result result =
        forward(snapshot(GATEWAY, route("r", "{group: example.com, kind: Bucket, name: b}")), "HTTPRoute", "apps", "r", 0, Protocol.HTTP);
    assertThat(result.plan().forwardsNothing()).isTrue();
    assertThat(result.plan().problems()).singleElement().satisfies(p -> {
      assertThat(p.reason()).isEqualTo(Reasons.INVALID_KIND);
      assertThat(p.message()).startsWith(".spec.rules[0].backendRefs[0]: backends of kind example.com/Bucket");
    });
    assertThat(result.plan().invalidWeight()).isEqualTo(1);
  }

  @Test
  void weightsThatFitAreKept() {
    TargetsFixtures.Result result =
        forward(snapshot(GATEWAY, services(2), route("r", "{name: web0, port: 80, weight: 100}", "{name: web1, port: 80, weight: 300}")),
            "HTTPRoute", "apps", "r", 0, Protocol.HTTP);
    assertThat(result.plan().targetGroups()).extracting(t -> t.weight().orElseThrow()).containsExactly(100, 300);
    assertThat(diagnostics(result)).isEmpty();
  }

  @Test
  void largeWeightsAreDividedByTheirGcdExactly() {
    TargetsFixtures.Result result =
        forward(snapshot(GATEWAY, services(2), route("r", "{name: web0, port: 80, weight: 250000}", "{name: web1, port: 80, weight: 750000}")),
            "HTTPRoute", "apps", "r", 0, Protocol.HTTP);
    assertThat(result.plan().targetGroups()).extracting(t -> t.weight().orElseThrow()).containsExactly(1, 3);
    assertThat(diagnostics(result)).isEmpty();
  }

  @Test
  void inexactScalingIsDeclaredWithTheLargestRelativeError() {
    TargetsFixtures.Result result =
        forward(snapshot(GATEWAY, services(2), route("r", "{name: web0, port: 80, weight: 1}", "{name: web1, port: 80, weight: 1000000}")),
            "HTTPRoute", "apps", "r", 0, Protocol.HTTP);
    assertThat(result.plan().targetGroups()).extracting(t -> t.weight().orElseThrow()).containsExactly(1, 999);
    assertThat(diagnostics(result)).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(DeviationCode.WEIGHT_ROUNDED);
      assertThat(d.path()).isEqualTo(".spec.rules[0].backendRefs");
      assertThat(d.message()).contains("1, 1000000").contains("1, 999").contains("99900.1%");
    });
  }

  @Test
  void weightScalingKeepsNonZeroWeightsAndFindsTheBestScale() {
    WeightScaling scaling = WeightScaling.of(List.of(1_000_000L, 999_999L, 0L));
    assertThat(scaling.weights()).containsExactly(1, 1, 0);
    assertThat(scaling.exact()).isFalse();
    assertThat(scaling.largestRelativeError()).isLessThan(1e-6);
    WeightScaling thirds = WeightScaling.of(List.of(1000L, 2000L, 3000L));
    assertThat(thirds.weights()).containsExactly(1, 2, 3);
    assertThat(thirds.exact()).isTrue();
    assertThat(WeightScaling.of(List.of(1001L, 1000L)).weights()).allMatch(w -> w >= 1 && w <= 999);
  }

  @Test
  void moreTargetGroupsThanAForwardTakesFailsTheRuleAndRegistersNothing() {
    List<String> refs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      refs.add("{name: web" + i + ", port: 80}");
    }
    TargetsFixtures.Result result =
        forward(snapshot(GATEWAY, services(6), route("r", refs.toArray(String[]::new))), "HTTPRoute", "apps", "r", 0, Protocol.HTTP);
    assertThat(result.plan().forwardsNothing()).isTrue();
    assertThat(result.plan().targetGroups()).isEmpty();
    assertThat(result.registry().targetGroups()).isEmpty();
    assertThat(result.plan().ruleProblem()).hasValueSatisfying(p -> {
      assertThat(p.reason()).isEqualTo(Reasons.UNSUPPORTED_VALUE);
      assertThat(p.message()).contains("6 target groups").contains("at most 5").contains("target groups per action");
    });
    refs.remove(5);
    assertThat(forward(snapshot(GATEWAY, services(6), route("r", refs.toArray(String[]::new))), "HTTPRoute", "apps", "r", 0, Protocol.HTTP)
            .plan().targetGroups())
        .hasSize(5);
  }

  @Test
  void theLoadBalancerTargetGroupQuotaFailsTheRuleThatWouldPassIt() {
    ClusterSnapshot snapshot = snapshot(GATEWAY, services(2), route("a", "{name: web0, port: 80}"), route("b", "{name: web1, port: 80}"));
    GatewayContext context =
        TargetsFixtures.context(
            snapshot, TranslatorOptions.builder().quotas(AlbQuotas.builder().targetGroupsPerLoadBalancer(1).build()).build(),
            LoadBalancerConfigurationSpec.builder().build());
    TargetGroupRegistry registry = new TargetGroupRegistry(context);
    Route a = TargetsFixtures.route(snapshot, "HTTPRoute", "apps", "a");
    Route b = TargetsFixtures.route(snapshot, "HTTPRoute", "apps", "b");
    assertThat(registry.forward(a, 0, a.spec().rules().get(0).backendRefs(), Protocol.HTTP).forwardsNothing()).isFalse();
    ForwardPlan second = registry.forward(b, 0, b.spec().rules().get(0).backendRefs(), Protocol.HTTP);
    assertThat(second.forwardsNothing()).isTrue();
    assertThat(second.ruleProblem()).hasValueSatisfying(p -> assertThat(p.message()).contains("target groups per load balancer"));
    assertThat(registry.targetGroups()).hasSize(1);
  }

  @Test
  void someInvalidBackendsDeclareTheShareThatShouldHaveBeen500() {
    TargetsFixtures.Result result =
        forward(snapshot(GATEWAY, services(1), route("r", "{name: web0, port: 80, weight: 3}", "{name: missing, port: 80, weight: 1}")),
            "HTTPRoute", "apps", "r", 0, Protocol.HTTP);
    assertThat(result.plan().forwardsNothing()).isFalse();
    assertThat(result.plan().targetGroups()).extracting(t -> t.weight().orElseThrow()).containsExactly(3);
    assertThat(result.plan().validWeight()).isEqualTo(3);
    assertThat(result.plan().invalidWeight()).isEqualTo(1);
    assertThat(result.plan().problems()).singleElement().satisfies(p -> assertThat(p.reason()).isEqualTo(Reasons.BACKEND_NOT_FOUND));
    assertThat(diagnostics(result)).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(DeviationCode.INVALID_BACKEND_SHARE);
      assertThat(d.message()).startsWith("25% of requests that the spec answers with 500");
    });
  }

  @Test
  void allInvalidOrAllZeroWeightsForwardNothing() {
    TargetsFixtures.Result invalid =
        forward(snapshot(GATEWAY, route("r", "{name: missing, port: 80}")), "HTTPRoute", "apps", "r", 0, Protocol.HTTP);
    assertThat(invalid.plan().forwardsNothing()).isTrue();
    TargetsFixtures.Result zero =
        forward(snapshot(GATEWAY, services(2), route("r", "{name: web0, port: 80, weight: 0}", "{name: web1, port: 80, weight: 0}")),
            "HTTPRoute", "apps", "r", 0, Protocol.HTTP);
    assertThat(zero.plan().forwardsNothing()).isTrue();
    assertThat(zero.plan().problems()).isEmpty();
    assertThat(zero.registry().targetGroups()).isEmpty();
  }

  @Test
  void aZeroWeightBackendBesideAnotherStaysInTheForward() {
    TargetsFixtures.Result result =
        forward(snapshot(GATEWAY, services(2), route("r", "{name: web0, port: 80, weight: 0}", "{name: web1, port: 80, weight: 5}")),
            "HTTPRoute", "apps", "r", 0, Protocol.HTTP);
    assertThat(result.plan().targetGroups()).extracting(t -> t.weight().orElseThrow()).containsExactly(0, 5);
  }

  @Test
  void theSameServiceTwiceInOneRuleIsOneTargetGroupWithTheWeightsAdded() {
    TargetsFixtures.Result result =
        forward(snapshot(GATEWAY, services(2), route("r", "{name: web0, port: 80, weight: 1}", "{name: web1, port: 80, weight: 2}", "{name: web0, port: 80, weight: 3}")),
            "HTTPRoute", "apps", "r", 0, Protocol.HTTP);
    assertThat(result.plan().targetGroups())
        .containsExactly(TargetGroupTuple.of("infra/gw/apps/web0:80", 4), TargetGroupTuple.of("infra/gw/apps/web1:80", 2));
  }

  @Test
  void equalTargetGroupsAreSharedAcrossRoutesAndDifferentOnesQualified() {
    String grpc =
        """
        apiVersion: gateway.networking.k8s.io/v1
        kind: GRPCRoute
        metadata: {name: rpc, namespace: apps}
        spec:
          parentRefs: [{name: gw, namespace: infra}]
          rules:
            - backendRefs: [{name: web0, port: 80}]
        """;
    ClusterSnapshot snapshot = snapshot(GATEWAY, services(1), route("a", "{name: web0, port: 80}"), route("b", "{name: web0, port: 80}"), grpc);
    GatewayContext context = TargetsFixtures.context(snapshot);
    TargetGroupRegistry registry = new TargetGroupRegistry(context);
    List<String> keys = new ArrayList<>();
    for (String name : List.of("a", "b")) {
      Route route = TargetsFixtures.route(snapshot, "HTTPRoute", "apps", name);
      keys.add(registry.forward(route, 0, route.spec().rules().get(0).backendRefs(), Protocol.HTTPS).targetGroups().get(0).targetGroupKey().orElseThrow());
    }
    Route rpc = TargetsFixtures.route(snapshot, "GRPCRoute", "apps", "rpc");
    keys.add(registry.forward(rpc, 0, rpc.spec().rules().get(0).backendRefs(), Protocol.HTTPS).targetGroups().get(0).targetGroupKey().orElseThrow());
    assertThat(keys).containsExactly("infra/gw/apps/web0:80", "infra/gw/apps/web0:80", "infra/gw/apps/web0:80#GRPC");
    List<TargetGroup> groups = registry.targetGroups();
    assertThat(groups).extracting(TargetGroup::key).containsExactly("infra/gw/apps/web0:80", "infra/gw/apps/web0:80#GRPC");
    assertThat(groups.get(1).protocolVersion()).contains(ProtocolVersion.GRPC);
    assertThat(groups.get(0).name()).isNotEqualTo(groups.get(1).name());
  }

  @Test
  void targetGroupsAreSortedByKey() {
    ClusterSnapshot snapshot = snapshot(GATEWAY, services(3), route("r", "{name: web2, port: 80}", "{name: web0, port: 80}", "{name: web1, port: 80}"));
    TargetsFixtures.Result result = forward(snapshot, "HTTPRoute", "apps", "r", 0, Protocol.HTTP);
    assertThat(result.registry().targetGroups())
        .extracting(TargetGroup::key)
        .containsExactly("infra/gw/apps/web0:80", "infra/gw/apps/web1:80", "infra/gw/apps/web2:80");
    assertThat(result.plan().targetGroups()).extracting(t -> t.targetGroupKey().orElseThrow()).first().isEqualTo("infra/gw/apps/web2:80");
  }

  @Test
  void aPluggedResolverServesItsKind() {
    BackendResolver literal =
        new BackendResolver() {
          @Override
          public String group() {
            return "gateway.k8s.aws";
          }

          @Override
          public String kind() {
            return "TargetGroupName";
          }

          @Override
          public BackendResolution resolve(BackendRef ref, String path, BackendContext context) {
            return BackendResolution.servedBy(
                context.register(TargetGroup.builder().key("infra/gw/literal/" + ref.name() + ":1").name(ref.name()).build()));
          }
        };
    ClusterSnapshot snapshot = snapshot(GATEWAY, route("r", "{group: gateway.k8s.aws, kind: TargetGroupName, name: legacy-tg}"));
    GatewayContext context = TargetsFixtures.context(snapshot, TranslatorOptions.defaults(), LoadBalancerConfigurationSpec.builder().build(), literal);
    TargetGroupRegistry registry = new TargetGroupRegistry(context);
    Route route = TargetsFixtures.route(snapshot, "HTTPRoute", "apps", "r");
    ForwardPlan plan = registry.forward(route, 0, route.spec().rules().get(0).backendRefs(), Protocol.HTTP);
    assertThat(plan.targetGroups()).containsExactly(TargetGroupTuple.of("infra/gw/literal/legacy-tg:1", 1));
    assertThat(registry.targetGroups()).extracting(TargetGroup::name).containsExactly("legacy-tg");
  }

  @Test
  void aConfiguredNameUsedByTwoDifferentTargetGroupsIsKeptOnceAndTheOtherNamedAndReported() {
    String grpc =
        """
        apiVersion: gateway.networking.k8s.io/v1
        kind: GRPCRoute
        metadata: {name: rpc, namespace: apps}
        spec:
          parentRefs: [{name: gw, namespace: infra}]
          rules:
            - backendRefs: [{name: web0, port: 80}]
        """;
    String config =
        """
        apiVersion: gateway.k8s.aws/v1
        kind: TargetGroupConfiguration
        metadata: {name: web0, namespace: apps}
        spec:
          targetReference: {name: web0}
          defaultConfiguration: {targetGroupName: web0-tg}
        """;
    ClusterSnapshot snapshot = snapshot(GATEWAY, services(1), config, route("a", "{name: web0, port: 80}"), grpc);
    GatewayContext context = TargetsFixtures.context(snapshot);
    TargetGroupRegistry registry = new TargetGroupRegistry(context);
    Route a = TargetsFixtures.route(snapshot, "HTTPRoute", "apps", "a");
    Route rpc = TargetsFixtures.route(snapshot, "GRPCRoute", "apps", "rpc");
    registry.forward(a, 0, a.spec().rules().get(0).backendRefs(), Protocol.HTTPS);
    registry.forward(rpc, 0, rpc.spec().rules().get(0).backendRefs(), Protocol.HTTPS);
    assertThat(registry.targetGroups()).extracting(TargetGroup::name).hasSize(2).doesNotHaveDuplicates().contains("web0-tg");
    assertThat(TestContexts.collected(context).diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("web0-tg").contains("already used"));
  }

  @Test
  void theSameInputGivesTheSameTargetGroupsWhateverTheObjectOrder() {
    List<String> docs = new ArrayList<>(List.of(GATEWAY, services(3), route("r", "{name: web2, port: 80, weight: 7}", "{name: web0, port: 80, weight: 1000000}")));
    TargetsFixtures.Result first = forward(snapshot(docs.toArray(String[]::new)), "HTTPRoute", "apps", "r", 0, Protocol.HTTP);
    java.util.Collections.reverse(docs);
    TargetsFixtures.Result second = forward(snapshot(docs.toArray(String[]::new)), "HTTPRoute", "apps", "r", 0, Protocol.HTTP);
    assertThat(second.registry().targetGroups()).isEqualTo(first.registry().targetGroups());
    assertThat(second.plan()).isEqualTo(first.plan());
    assertThat(TestContexts.collected(second.context()).diagnostics()).isEqualTo(TestContexts.collected(first.context()).diagnostics());
  }
}
