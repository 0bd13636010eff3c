/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.targets;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.codec.KindRegistry;
import io.elbgateway.model.codec.LoadResult;
import io.elbgateway.model.codec.ManifestReader;
import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.elb.ListenerRule;
import io.elbgateway.model.elb.TargetGroupTuple;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.model.status.Condition;
import io.elbgateway.model.status.ConditionStatus;
import io.elbgateway.translate.Translation;
import io.elbgateway.translate.Translator;
import io.elbgateway.translate.spi.BackendResolution;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code TargetGroupName} backends: existing target groups named as is, on ALB rules and NLB listeners. */
class TargetGroupNameBackendsTest {

  private static final String CLASSES =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: GatewayClass
      metadata: {name: alb}
      spec: {controllerName: gateway.k8s.aws/alb}
      ---
      apiVersion: gateway.networking.k8s.io/v1
      kind: GatewayClass
      metadata: {name: nlb}
      spec: {controllerName: gateway.k8s.aws/nlb}
      ---
      apiVersion: gateway.networking.k8s.io/v1
      kind: Gateway
      metadata: {name: web, namespace: infra}
      spec:
        gatewayClassName: alb
        listeners:
          - {name: http, protocol: HTTP, port: 80, allowedRoutes: {namespaces: {from: All}}}
      ---
      apiVersion: gateway.networking.k8s.io/v1
      kind: Gateway
      metadata: {name: l4, namespace: infra}
      spec:
        gatewayClassName: nlb
        listeners:
          - {name: tcp, protocol: TCP, port: 7000, allowedRoutes: {namespaces: {from: All}}}
      ---
      apiVersion: v1
      kind: Service
      metadata: {name: web, namespace: apps}
      spec:
        ports:
          - {name: http, port: 80, targetPort: 8080}
      """;

  private static final ObjectKey ALB = ObjectKey.of("gateway.networking.k8s.io", "Gateway", "infra", "web");
  private static final ObjectKey NLB = ObjectKey.of("gateway.networking.k8s.io", "Gateway", "infra", "l4");

  private static Translation translate(String yaml) {
    LoadResult result = ManifestReader.of(KindRegistry.standard()).readString(CLASSES + "---\n" + yaml, "t.yaml");
    assertThat(result.problems()).isEmpty();
    return Translator.builder().serviceLoader(false).build().translate(ClusterSnapshot.of(result.objects()));
  }

  private static String httpRoute(String backendRefs) {
    return """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata: {name: r, namespace: apps}
        spec:
          parentRefs: [{name: web, namespace: infra}]
          rules:
            - backendRefs: %s
        """.formatted(backendRefs);
  }

  private static String tcpRoute(String backendRefs) {
    return """
        apiVersion: gateway.networking.k8s.io/v1alpha2
        kind: TCPRoute
        metadata: {name: t, namespace: apps}
        spec:
          parentRefs: [{name: l4, namespace: infra}]
          rules:
            - backendRefs: %s
        """.formatted(backendRefs);
  }

  private static Condition condition(Translation translation, String kind, String name, String type) {
    ObjectKey key = ObjectKey.of("gateway.networking.k8s.io", kind, "apps", name);
    return translation.routeStatuses().get(key).parents().get(0).conditions().stream()
        .filter(c -> c.type().equals(type)).findFirst().orElseThrow();
  }

  private static List<TargetGroupTuple> forwardOfOnlyRule(ElbStack stack) {
    List<ListenerRule> rules = stack.rules();
    assertThat(rules).hasSize(1);
    return rules.get(0).actions().get(0).forwardConfig().orElseThrow().targetGroups();
  }

  @Test
  void resolvesAValidNameToAnExistingTargetGroupAndRejectsAnInvalidOne() {
    TargetGroupNameBackends backends = new TargetGroupNameBackends();
    assertThat(backends.group()).isEmpty();
    assertThat(backends.kind()).isEqualTo("TargetGroupName");
    for (String valid : List.of("a", "legacy-web", "x".repeat(32), "A-1-b")) {
      BackendResolution resolution =
          backends.resolve(io.elbgateway.model.gateway.BackendRef.builder().kind("TargetGroupName").name(valid).build(), ".p", null);
      assertThat(resolution.targetGroupName()).as(valid).contains(valid);
      assertThat(resolution.targetGroupKey()).isEmpty();
    }
    for (String invalid : List.of("-web", "web-", "x".repeat(33), "web_1", "web.1", "")) {
      BackendResolution resolution =
          backends.resolve(io.elbgateway.model.gateway.BackendRef.builder().kind("TargetGroupName").name(invalid).build(), ".p", null);
      assertThat(resolution.problem()).as(invalid).isPresent();
      assertThat(resolution.problem().get().reason()).isEqualTo("UnsupportedValue");
      assertThat(resolution.problem().get().message()).startsWith(".p.name: ");
    }
  }

  @Test
  void anAlbRuleForwardsToTheNamedTargetGroupWithoutAddingItToTheStack() {
    Translation translation = translate(httpRoute("[{kind: TargetGroupName, name: legacy-web}]"));
    ElbStack stack = translation.stack(ALB).orElseThrow();
    assertThat(forwardOfOnlyRule(stack)).containsExactly(TargetGroupTuple.ofName("legacy-web", 1));
    assertThat(stack.targetGroups()).isEmpty();
    assertThat(stack.referencedTargetGroupKeys()).isEmpty();
    assertThat(stack.referencedTargetGroupNames()).containsExactly("legacy-web");
    assertThat(condition(translation, "HTTPRoute", "r", "ResolvedRefs").status()).isEqualTo(ConditionStatus.TRUE);
  }

  @Test
  void anAlbRuleSplitsBetweenAServiceAndANamedTargetGroupByWeight() {
    Translation translation =
        translate(httpRoute("[{name: web, port: 80, weight: 3}, {kind: TargetGroupName, name: legacy-web, weight: 1}]")
            + "---\n" + httpRoute("[{kind: TargetGroupName, name: legacy-web}]").replace("name: r,", "name: r2,"));
    ElbStack stack = translation.stack(ALB).orElseThrow();
    List<TargetGroupTuple> forward =
        stack.rules().stream()
            .filter(r -> r.key().contains("/r/"))
            .findFirst().orElseThrow().actions().get(0).forwardConfig().orElseThrow().targetGroups();
    assertThat(forward).hasSize(2);
    assertThat(forward.get(0).targetGroupKey()).contains("infra/web/apps/web:80");
    assertThat(forward.get(0).weight()).contains(3);
    assertThat(forward.get(1)).isEqualTo(TargetGroupTuple.ofName("legacy-web", 1));
    assertThat(stack.targetGroups()).hasSize(1);
  }

  @Test
  void namedTargetGroupsCountTowardsTheTargetGroupsPerAction() {
    StringBuilder refs = new StringBuilder("[");
    for (int i = 0; i < 6; i++) {
      refs.append(i == 0 ? "" : ", ").append("{kind: TargetGroupName, name: legacy-").append(i).append("}");
    }
    Translation translation = translate(httpRoute(refs + "]"));
    assertThat(translation.stack(ALB).orElseThrow().referencedTargetGroupNames()).isEmpty();
    assertThat(translation.routeStatuses().toString()).contains("target groups per action");
  }

  @Test
  void anInvalidNameIsAnUnresolvedRefNamingTheField() {
    Translation translation = translate(httpRoute("[{kind: TargetGroupName, name: legacy_web}]"));
    Condition resolved = condition(translation, "HTTPRoute", "r", "ResolvedRefs");
    assertThat(resolved.status()).isEqualTo(ConditionStatus.FALSE);
    assertThat(resolved.reason()).isEqualTo("UnsupportedValue");
    assertThat(resolved.message()).contains(".spec.rules[0].backendRefs[0].name: \"legacy_web\" is not a valid target group name");
    assertThat(translation.stack(ALB).orElseThrow().referencedTargetGroupNames()).isEmpty();
  }

  @Test
  void anNlbListenerForwardsToTheNamedTargetGroup() {
    Translation translation = translate(tcpRoute("[{kind: TargetGroupName, name: legacy-tcp}]"));
    ElbStack stack = translation.stack(NLB).orElseThrow();
    assertThat(stack.listeners()).hasSize(1);
    assertThat(stack.listeners().get(0).defaultActions().get(0).forwardConfig().orElseThrow().targetGroups())
        .containsExactly(TargetGroupTuple.builder().targetGroupName("legacy-tcp").build());
    assertThat(stack.targetGroups()).isEmpty();
    assertThat(condition(translation, "TCPRoute", "t", "Accepted").status()).isEqualTo(ConditionStatus.TRUE);
    assertThat(condition(translation, "TCPRoute", "t", "ResolvedRefs").status()).isEqualTo(ConditionStatus.TRUE);
  }

  @Test
  void anNlbRouteWithAnInvalidNameGetsNoListener() {
    Translation translation = translate(tcpRoute("[{kind: TargetGroupName, name: \"-bad\"}]"));
    assertThat(translation.stack(NLB).orElseThrow().listeners()).isEmpty();
    Condition resolved = condition(translation, "TCPRoute", "t", "ResolvedRefs");
    assertThat(resolved.status()).isEqualTo(ConditionStatus.FALSE);
    assertThat(resolved.reason()).isEqualTo("UnsupportedValue");
  }

  @Test
  void anNlbRouteWithAServiceAndANamedTargetGroupNeedsTwoTargetGroupsAndIsRefused() {
    Translation translation =
        translate(tcpRoute("[{kind: TargetGroupName, name: legacy-tcp}, {kind: TargetGroupName, name: other-tcp}]"));
    assertThat(translation.stack(NLB).orElseThrow().listeners()).isEmpty();
    Condition accepted = condition(translation, "TCPRoute", "t", "Accepted");
    assertThat(accepted.status()).isEqualTo(ConditionStatus.FALSE);
    assertThat(accepted.message()).contains("need 2 target groups");
  }
}
