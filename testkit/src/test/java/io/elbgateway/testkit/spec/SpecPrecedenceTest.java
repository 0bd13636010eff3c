/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import static io.elbgateway.testkit.spec.SpecFixtures.GATEWAY;
import static io.elbgateway.testkit.spec.SpecFixtures.GW;
import static io.elbgateway.testkit.spec.SpecFixtures.backend;
import static io.elbgateway.testkit.spec.SpecFixtures.get;
import static io.elbgateway.testkit.spec.SpecFixtures.httpRoute;
import static io.elbgateway.testkit.spec.SpecFixtures.route;
import static io.elbgateway.testkit.spec.SpecFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.snapshot.ClusterSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Precedence across all routes of a listener (§4.2, §4.3). */
class SpecPrecedenceTest {

  /** Conformance HTTPRoutePathMatchOrder, expected results as listed in §4.3. */
  @ParameterizedTest
  @CsvSource({
    "/match/exact/one, v3", "/match/exact, v2", "/match, v1",
    "/match/prefix/one/any, v2", "/match/prefix/any, v1", "/match/any, v3"
  })
  void pathMatchOrder(String path, String expected) {
    ClusterSnapshot snapshot = snapshot(GATEWAY, httpRoute("path-matching-order", """
        rules:
        - matches: [{path: {type: Exact, value: /match}}]
          backendRefs: [{name: v1, port: 8080}]
        - matches: [{path: {type: Exact, value: /match/exact}}]
          backendRefs: [{name: v2, port: 8080}]
        - matches: [{path: {type: Exact, value: /match/exact/one}}]
          backendRefs: [{name: v3, port: 8080}]
        - matches: [{path: {type: PathPrefix, value: /match/}}]
          backendRefs: [{name: v3, port: 8080}]
        - matches: [{path: {type: PathPrefix, value: /match/prefix/}}]
          backendRefs: [{name: v1, port: 8080}]
        - matches: [{path: {type: PathPrefix, value: /match/prefix/one}}]
          backendRefs: [{name: v2, port: 8080}]
        """));
    assertThat(backend(route(snapshot, get("example.com", path).build()))).isEqualTo(expected);
  }

  private static final String ACROSS_ROUTES = httpRoute("matching-part1", """
      hostnames: [example.com, example.net]
      rules:
      - matches:
        - {path: {type: PathPrefix, value: /}}
        - {headers: [{name: version, value: one}]}
        backendRefs: [{name: v1, port: 8080}]
      """) + "---\n" + httpRoute("matching-part2", """
      hostnames: [example.com]
      rules:
      - matches:
        - {path: {type: PathPrefix, value: /v2}}
        - {headers: [{name: version, value: two}]}
        backendRefs: [{name: v2, port: 8080}]
      """);

  /** Conformance HTTPRouteMatchingAcrossRoutes (§4.3). */
  @Test
  void matchingAcrossRoutes() {
    ClusterSnapshot snapshot = snapshot(GATEWAY, ACROSS_ROUTES);
    assertThat(backend(route(snapshot, get("example.com", "/").build()))).isEqualTo("v1");
    assertThat(backend(route(snapshot, get("example.com", "/", "version", "two")))).isEqualTo("v2");
    assertThat(backend(route(snapshot, get("example.com", "/v2").build()))).isEqualTo("v2");
    assertThat(backend(route(snapshot, get("example.net", "/v2").build()))).isEqualTo("v1");
    assertThat(backend(route(snapshot, get("example.net", "/", "version", "two")))).isEqualTo("v1");
    assertThat(backend(route(snapshot, get("example.com", "/v2", "version", "one")))).isEqualTo("v2");
  }

  /** §4.2: a route's exact hostname beats a wildcard, even with a shorter path. */
  @Test
  void hostnameBeforePath() {
    ClusterSnapshot snapshot = snapshot(GATEWAY, httpRoute("wild", """
        hostnames: ["*.example.com"]
        rules:
        - matches: [{path: {type: Exact, value: /a/b}}]
          backendRefs: [{name: v1, port: 8080}]
        """) + "---\n" + httpRoute("exact", """
        hostnames: [foo.example.com]
        rules:
        - backendRefs: [{name: v2, port: 8080}]
        """));
    assertThat(backend(route(snapshot, get("foo.example.com", "/a/b").build()))).isEqualTo("v2");
    assertThat(backend(route(snapshot, get("bar.example.com", "/a/b").build()))).isEqualTo("v1");
  }

  /** §4.3 (3)-(5): method, then header count, then query count. */
  @Test
  void methodThenHeadersThenQuery() {
    ClusterSnapshot snapshot = snapshot(GATEWAY, httpRoute("r", """
        rules:
        - matches: [{queryParams: [{name: q, value: "1"}]}]
          backendRefs: [{name: v3, port: 8080}]
        - matches: [{headers: [{name: h, value: "1"}]}]
          backendRefs: [{name: v2, port: 8080}]
        - matches: [{method: GET}]
          backendRefs: [{name: v1, port: 8080}]
        """));
    var everything = get("a.com", "/").addHeaders(io.elbgateway.testkit.alb.NameValue.of("h", "1"))
        .queryParameters(io.elbgateway.testkit.alb.HttpRequest.parseQuery("q=1"));
    assertThat(backend(route(snapshot, everything.build()))).isEqualTo("v1");
    assertThat(backend(route(snapshot, everything.method("PUT").build()))).isEqualTo("v2");
    assertThat(backend(route(snapshot, get("a.com", "/").method("PUT")
        .queryParameters(io.elbgateway.testkit.alb.HttpRequest.parseQuery("q=1")).build()))).isEqualTo("v3");
  }

  /** §4.3 (6)-(8): oldest route, then namespace/name, then rule order. */
  @Test
  void oldestThenNameThenRuleOrder() {
    String older = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata: {name: zz-older, namespace: infra, creationTimestamp: "2024-01-01T00:00:00Z"}
        spec:
          parentRefs: [{name: gw}]
          rules: [{backendRefs: [{name: v3, port: 8080}]}]
        """;
    String newerA = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata: {name: aa-newer, namespace: infra, creationTimestamp: "2025-01-01T00:00:00Z"}
        spec:
          parentRefs: [{name: gw}]
          rules: [{backendRefs: [{name: v1, port: 8080}]}]
        """;
    assertThat(backend(route(snapshot(GATEWAY, older, newerA), get("a.com", "/").build()))).isEqualTo("v3");
    // same age: alphabetical namespace/name; within the route: first rule
    ClusterSnapshot sameAge = snapshot(GATEWAY, httpRoute("b", """
        rules: [{backendRefs: [{name: v3, port: 8080}]}]
        """), httpRoute("a", """
        rules:
        - backendRefs: [{name: v1, port: 8080}]
        - backendRefs: [{name: v2, port: 8080}]
        """));
    SpecOutcome outcome = route(sameAge, get("a.com", "/").build());
    assertThat(backend(outcome)).isEqualTo("v1");
    assertThat(outcome.winner().get().route().name()).isEqualTo("a");
    assertThat(outcome.winner().get().ruleIndex()).isZero();
    assertThat(outcome.winner().get().matchIndex()).contains(0);
    assertThat(outcome.winner().get().listener()).isEqualTo("http");
  }

  /** Regex placement is an option: before (default) or after PathPrefix. */
  @Test
  void regexPlacementIsAnOption() {
    ClusterSnapshot snapshot = snapshot(GATEWAY, httpRoute("r", """
        rules:
        - matches: [{path: {type: PathPrefix, value: /api/v1/users}}]
          backendRefs: [{name: v1, port: 8080}]
        - matches: [{path: {type: RegularExpression, value: "/api/.*"}}]
          backendRefs: [{name: v2, port: 8080}]
        - matches: [{path: {type: Exact, value: /api/v1/users}}]
          backendRefs: [{name: v3, port: 8080}]
        """));
    var request = get("a.com", "/api/v1/users/7").build();
    assertThat(backend(route(snapshot, request))).isEqualTo("v2");
    SpecOptions after = SpecOptions.builder().regexPrecedence(SpecOptions.RegexPrecedence.AFTER_PREFIX).build();
    assertThat(backend(SpecRouter.of(snapshot, after).route(GW, request))).isEqualTo("v1");
    assertThat(backend(route(snapshot, get("a.com", "/api/v1/users").build()))).isEqualTo("v3");
  }
}
