/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.targets;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.translate.TestContexts;
import io.elbgateway.model.aws.LoadBalancerConfigurationSpec;
import io.elbgateway.model.codec.KindRegistry;
import io.elbgateway.model.codec.LoadResult;
import io.elbgateway.model.codec.ManifestReader;
import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.translate.GatewayContext;
import io.elbgateway.translate.TranslatorOptions;
import io.elbgateway.translate.spi.BackendResolver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test inputs for the target group tests: a small world of Gateway, route and Services in YAML. */
final class TargetsFixtures {

  static final String GATEWAY =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: GatewayClass
      metadata: {name: alb}
      spec: {controllerName: gateway.k8s.aws/alb}
      ---
      apiVersion: gateway.networking.k8s.io/v1
      kind: Gateway
      metadata: {name: gw, namespace: infra}
      spec:
        gatewayClassName: alb
        listeners:
          - {name: http, protocol: HTTP, port: 80}
      """;

  static final String ROUTE =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata: {name: web, namespace: apps}
      spec:
        parentRefs: [{name: gw, namespace: infra}]
        rules:
          - backendRefs: [{name: web, port: 80}]
      """;

  static final String SERVICE =
      """
      apiVersion: v1
      kind: Service
      metadata: {name: web, namespace: apps}
      spec:
        ports:
          - {name: http, port: 80, targetPort: 8080}
      ---
      apiVersion: discovery.k8s.io/v1
      kind: EndpointSlice
      metadata:
        name: web-abc
        namespace: apps
        labels: {kubernetes.io/service-name: web}
      addressType: IPv4
      ports: [{name: http, port: 8080}]
      endpoints:
        - addresses: ["10.0.0.2"]
          zone: us-west-2b
        - addresses: ["10.0.0.1"]
          conditions: {ready: true}
          zone: us-west-2a
        - addresses: ["10.0.0.3"]
          conditions: {ready: false}
      """;

  private TargetsFixtures() {}

  static ClusterSnapshot snapshot(String... yaml) {
    LoadResult result = ManifestReader.of(KindRegistry.standard()).readString(String.join("\n---\n", yaml), "t.yaml");
    assertThat(result.problems()).isEmpty();
    return ClusterSnapshot.of(result.objects());
  }

  /** A snapshot of manifests the API server would refuse (the translator must still not throw). */
  static ClusterSnapshot snapshotUnvalidated(String... yaml) {
    return ClusterSnapshot.of(
        ManifestReader.builder()
            .registry(KindRegistry.standard())
            .validator(object -> List.of())
            .build()
            .readString(String.join("\n---\n", yaml), "t.yaml")
            .objects());
  }

  static ClusterSnapshot seed() {
    LoadResult result = ManifestReader.of(KindRegistry.standard()).read(Path.of("../examples/seed"));
    assertThat(result.hasErrors()).isFalse();
    return ClusterSnapshot.of(result.objects());
  }

  static Gateway gateway(ClusterSnapshot snapshot) {
    return snapshot.all(Gateway.class).get(0);
  }

  static Route route(ClusterSnapshot snapshot, String kind, String namespace, String name) {
    return snapshot.routes().stream()
        .filter(r -> r.kind().equals(kind) && r.metadata().namespace().orElse("").equals(namespace) && r.metadata().name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  static GatewayContext context(ClusterSnapshot snapshot) {
    return TestContexts.builder(snapshot, gateway(snapshot)).serviceBackends().build();
  }

  static GatewayContext context(
      ClusterSnapshot snapshot, TranslatorOptions options, LoadBalancerConfigurationSpec lb, BackendResolver... extra) {
    return TestContexts.builder(snapshot, gateway(snapshot)).options(options).configuration(lb).serviceBackends(extra).build();
  }

  /** The forward of rule {@code rule} of a route, through a fresh registry. */
  static Result forward(ClusterSnapshot snapshot, String kind, String namespace, String name, int rule, Protocol protocol) {
    GatewayContext context = context(snapshot);
    TargetGroupRegistry registry = new TargetGroupRegistry(context);
    Route route = route(snapshot, kind, namespace, name);
    ForwardPlan plan = registry.forward(route, rule, route.spec().rules().get(rule).backendRefs(), protocol);
    return new Result(plan, registry, context);
  }

  /** All rules of a list of routes, through one registry (for sharing). */
  static Result forwardAll(GatewayContext context, List<Route> routes, Protocol protocol) {
    TargetGroupRegistry registry = new TargetGroupRegistry(context);
    List<ForwardPlan> plans = new ArrayList<>();
    for (Route route : routes) {
      for (int i = 0; i < route.spec().rules().size(); i++) {
        plans.add(registry.forward(route, i, route.spec().rules().get(i).backendRefs(), protocol));
      }
    }
    return new Result(plans.get(plans.size() - 1), registry, context);
  }

  record Result(ForwardPlan plan, TargetGroupRegistry registry, GatewayContext context) {}
}
