/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.k8s.source.ObjectChange;
import io.elbgateway.model.codec.KindRegistry;
import io.elbgateway.model.codec.LoadResult;
import io.elbgateway.model.codec.ManifestReader;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A change queues the Gateways it can affect, and not the others. */
class AffectedGatewaysTest {

  private static final String YAML =
      "apiVersion: v1\nkind: Namespace\nmetadata: {name: apps, labels: {team: a}}\n---\n"
          + "apiVersion: gateway.networking.k8s.io/v1\nkind: GatewayClass\nmetadata: {name: alb}\nspec: {controllerName: gateway.k8s.aws/alb}\n---\n"
          + gateway("a", "Selector", "    selector: {matchLabels: {team: a}}\n")
          + gateway("b", "Same", "")
          + "apiVersion: gateway.k8s.aws/v1beta1\nkind: LoadBalancerConfiguration\nmetadata: {name: a, namespace: apps}\nspec: {scheme: internal}\n---\n"
          + "apiVersion: v1\nkind: Service\nmetadata: {name: svc-a, namespace: apps}\nspec: {ports: [{port: 80}]}\n---\n"
          + "apiVersion: v1\nkind: Service\nmetadata: {name: svc-b, namespace: apps}\nspec: {ports: [{port: 80}]}\n---\n"
          + "apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: {name: svc-b-1, namespace: apps, labels: {kubernetes.io/service-name: svc-b}}\naddressType: IPv4\nendpoints: []\n---\n"
          + route("ra", "a", "svc-a")
          + route("rb", "b", "svc-b")
          + "apiVersion: v1\nkind: Node\nmetadata: {name: node-1}\n";

  private final ClusterSnapshot snapshot = snapshot();

  @Test
  void eachKindQueuesTheGatewaysItCanAffect() {
    assertThat(affected("gateway.networking.k8s.io", "HTTPRoute", "apps", "ra")).containsExactly(gw("a"));
    assertThat(affected("", "Service", "apps", "svc-b")).containsExactly(gw("b"));
    assertThat(affected("discovery.k8s.io", "EndpointSlice", "apps", "svc-b-1")).containsExactly(gw("b"));
    assertThat(affected("gateway.k8s.aws", "LoadBalancerConfiguration", "apps", "a")).containsExactly(gw("a"));
    assertThat(affected("gateway.networking.k8s.io", "Gateway", "apps", "b")).containsExactly(gw("b"));
    assertThat(affected("gateway.networking.k8s.io", "GatewayClass", "", "alb")).containsExactly(gw("a"), gw("b"));
    assertThat(affected("", "Node", "", "node-1")).containsExactly(gw("a"), gw("b"));
    // A Namespace's labels: the Gateway selecting by label, and those its routes attach to.
    assertThat(affected("", "Namespace", "", "apps")).containsExactly(gw("a"), gw("b"));
  }

  @Test
  void aRouteMovedToAnotherGatewayQueuesBoth() {
    KubernetesObject before = snapshot.get(ObjectKey.of("gateway.networking.k8s.io", "HTTPRoute", "apps", "ra")).orElseThrow();
    KubernetesObject after = read(route("ra", "b", "svc-a")).objects().get(0);
    assertThat(AffectedGateways.of(ObjectChange.of(before.key(), Optional.of(before), Optional.of(after)), () -> snapshot))
        .containsExactly(gw("a"), gw("b"));
  }

  private Set<ObjectKey> affected(String group, String kind, String namespace, String name) {
    KubernetesObject object = snapshot.get(ObjectKey.of(group, kind, namespace, name)).orElseThrow(() -> new AssertionError(kind + " " + name));
    return AffectedGateways.of(ObjectChange.of(object.key(), Optional.of(object), Optional.empty()), () -> snapshot);
  }

  private static ObjectKey gw(String name) {
    return ObjectKey.of("gateway.networking.k8s.io", "Gateway", "apps", name);
  }

  private static String gateway(String name, String from, String selector) {
    return "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: " + name + ", namespace: apps}\n"
        + "spec:\n  gatewayClassName: alb\n"
        + "  infrastructure: {parametersRef: {group: gateway.k8s.aws, kind: LoadBalancerConfiguration, name: " + name + "}}\n"
        + "  listeners:\n  - name: http\n    protocol: HTTP\n    port: 80\n    allowedRoutes:\n      namespaces:\n        from: " + from + "\n"
        + selector.replace("    selector", "        selector") + "---\n";
  }

  private static String route(String name, String gateway, String service) {
    return "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: " + name + ", namespace: apps}\n"
        + "spec:\n  parentRefs: [{name: " + gateway + "}]\n  rules:\n  - backendRefs: [{name: " + service + ", port: 80}]\n---\n";
  }

  private static LoadResult read(String yaml) {
    LoadResult loaded = ManifestReader.of(KindRegistry.standard()).readString(yaml, "test.yaml");
    assertThat(loaded.hasErrors()).as(loaded.problems().toString()).isFalse();
    return loaded;
  }

  private static ClusterSnapshot snapshot() {
    return ClusterSnapshot.of(read(YAML).objects());
  }
}
