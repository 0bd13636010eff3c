/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import static io.elbgateway.testkit.spec.SpecFixtures.GATEWAY;
import static io.elbgateway.testkit.spec.SpecFixtures.backend;
import static io.elbgateway.testkit.spec.SpecFixtures.get;
import static io.elbgateway.testkit.spec.SpecFixtures.route;
import static io.elbgateway.testkit.spec.SpecFixtures.snapshot;
import static io.elbgateway.testkit.spec.SpecFixtures.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.testkit.alb.HttpRequest;
import io.elbgateway.testkit.alb.NameValue;
import org.junit.jupiter.api.Test;

/** GRPCRoute requests (§2.5, §3.5, §4.4). */
class SpecGrpcTest {

  private static final String GRPC_ROUTE =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: GRPCRoute
      metadata: {name: g, namespace: infra}
      spec:
        parentRefs: [{name: gw}]
        rules:
        - matches: [{method: {service: foo.Greeter}}]
          backendRefs: [{name: v1, port: 8080}]
        - matches: [{method: {service: foo.Greeter, method: SayHello}}]
          backendRefs: [{name: v2, port: 8080}]
        - matches: [{method: {method: SayBye}, headers: [{name: x, value: "1"}]}]
          backendRefs: [{name: v3, port: 8080}]
      """;

  private static HttpRequest call(String path, NameValue... headers) {
    return get("a.com", path).method("POST").addHeaders(NameValue.of("content-type", "application/grpc"))
        .addHeaders(headers).build();
  }

  /** §4.4: the longer matching service, then the longer method wins; exact is case-sensitive. */
  @Test
  void serviceThenMethodPrecedence() {
    ClusterSnapshot snapshot = snapshot(GATEWAY, GRPC_ROUTE);
    assertThat(backend(route(snapshot, call("/foo.Greeter/SayHello")))).isEqualTo("v2");
    assertThat(backend(route(snapshot, call("/foo.Greeter/Other")))).isEqualTo("v1");
    assertThat(backend(route(snapshot, call("/foo.Greeter/SayBye", NameValue.of("x", "1"))))).isEqualTo("v1");
    assertThat(backend(route(snapshot, call("/bar.Svc/SayBye", NameValue.of("X", "1"))))).isEqualTo("v3");
    assertThat(status(route(snapshot, call("/foo.greeter/SayHello")))).isEqualTo(404);
  }

  /**
   * §2.5: HTTPRoute and GRPCRoute with overlapping hostnames on one listener: only the older (then
   * first by namespace/name) is served.
   */
  @Test
  void overlappingKindsOnlyOneAccepted() {
    String http = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata: {name: h, namespace: infra, creationTimestamp: "2020-01-01T00:00:00Z"}
        spec:
          parentRefs: [{name: gw}]
          hostnames: [%s]
          rules: [{backendRefs: [{name: v3, port: 8080}]}]
        """;
    // the older HTTPRoute wins: the GRPCRoute (no hostnames, so overlapping) is not served
    ClusterSnapshot older = snapshot(GATEWAY, GRPC_ROUTE, http.formatted("a.com"));
    assertThat(backend(route(older, call("/foo.Greeter/SayHello")))).isEqualTo("v3");
    // no overlap: each kind serves its own requests; a gRPC call no GRPCRoute matches falls to HTTPRoutes
    ClusterSnapshot apart = snapshot(GATEWAY, GRPC_ROUTE.replace("parentRefs: [{name: gw}]",
        "parentRefs: [{name: gw}]\n  hostnames: [grpc.com]"), http.formatted("a.com"));
    assertThat(backend(route(apart, get("grpc.com", "/foo.Greeter/SayHello").method("POST")
        .addHeaders(NameValue.of("content-type", "application/grpc+proto")).build()))).isEqualTo("v2");
    assertThat(backend(route(apart, call("/foo.Greeter/SayHello")))).isEqualTo("v3");
    assertThat(status(route(apart, get("grpc.com", "/foo.Greeter/SayHello").method("POST").build()))).isEqualTo(404);
  }

  /** §2.5: a rule without matches matches every gRPC call. */
  @Test
  void ruleWithoutMatches() {
    ClusterSnapshot snapshot = snapshot(GATEWAY, """
        apiVersion: gateway.networking.k8s.io/v1
        kind: GRPCRoute
        metadata: {name: g, namespace: infra}
        spec:
          parentRefs: [{name: gw}]
          rules: [{backendRefs: [{name: v1, port: 8080}]}]
        """);
    SpecOutcome outcome = route(snapshot, call("/any.Svc/Any"));
    assertThat(backend(outcome)).isEqualTo("v1");
    assertThat(outcome.winner().get().matchIndex()).isEmpty();
  }
}
