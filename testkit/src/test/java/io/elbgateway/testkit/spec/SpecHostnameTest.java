/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import static io.elbgateway.testkit.spec.SpecFixtures.GW;
import static io.elbgateway.testkit.spec.SpecFixtures.backend;
import static io.elbgateway.testkit.spec.SpecFixtures.get;
import static io.elbgateway.testkit.spec.SpecFixtures.route;
import static io.elbgateway.testkit.spec.SpecFixtures.snapshot;
import static io.elbgateway.testkit.spec.SpecFixtures.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.snapshot.ClusterSnapshot;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hostnames: wildcards (§3.3), intersection (§3.4), listener choice (§4.1), isolation (§2.3). */
class SpecHostnameTest {

  /** §3.4 examples: listener test.example.com accepts test.example.com and *.example.com. */
  @ParameterizedTest
  @CsvSource({
    "test.example.com, test.example.com, test.example.com",
    "test.example.com, *.example.com, test.example.com",
    "*.example.com, *.example.com, *.example.com",
    "*.example.com, test.example.com, test.example.com",
    "*.example.com, foo.test.example.com, foo.test.example.com",
    "*.example.com, *.foo.example.com, *.foo.example.com",
    "*.foo.example.com, *.example.com, *.foo.example.com"
  })
  void intersects(String listener, String routeName, String effective) {
    assertThat(Hostnames.intersect(Optional.of(listener), List.of(routeName))).contains(List.of(effective));
  }

  /** §3.4: listener *.example.com does not accept example.com or test.example.net. */
  @ParameterizedTest
  @CsvSource({"*.example.com, example.com", "*.example.com, test.example.net", "test.example.com, other.example.com"})
  void doesNotIntersect(String listener, String routeName) {
    assertThat(Hostnames.intersect(Optional.of(listener), List.of(routeName))).isEmpty();
  }

  /** §3.4: one side without hostnames takes the other's; non-intersecting names are dropped. */
  @Test
  void oneSideOrPartial() {
    assertThat(Hostnames.intersect(Optional.empty(), List.of())).contains(List.of());
    assertThat(Hostnames.intersect(Optional.empty(), List.of("a.com"))).contains(List.of("a.com"));
    assertThat(Hostnames.intersect(Optional.of("a.com"), List.of())).contains(List.of("a.com"));
    assertThat(Hostnames.intersect(Optional.of("*.a.com"), List.of("x.a.com", "b.com"))).contains(List.of("x.a.com"));
  }

  private static final String LISTENERS =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: Gateway
      metadata: {name: gw, namespace: infra}
      spec:
        gatewayClassName: alb
        listeners:
        - {name: empty, port: 80, protocol: HTTP}
        - {name: wild, port: 80, protocol: HTTP, hostname: "*.example.com"}
        - {name: wild-foo, port: 80, protocol: HTTP, hostname: "*.foo.example.com"}
        - {name: exact, port: 80, protocol: HTTP, hostname: abc.foo.example.com}
      ---
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata: {name: r-empty, namespace: infra}
      spec:
        parentRefs: [{name: gw, sectionName: empty}]
        rules: [{backendRefs: [{name: v1, port: 8080}]}]
      ---
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata: {name: r-wild, namespace: infra}
      spec:
        parentRefs: [{name: gw, sectionName: wild}]
        rules: [{backendRefs: [{name: v2, port: 8080}]}]
      ---
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata: {name: r-exact, namespace: infra}
      spec:
        parentRefs: [{name: gw, sectionName: exact}]
        rules:
        - matches: [{path: {type: PathPrefix, value: /only}}]
          backendRefs: [{name: v3, port: 8080}]
      """;

  /** §4.1: exact &gt; wildcard with more labels &gt; wildcard &gt; empty. */
  @ParameterizedTest
  @CsvSource({
    "abc.foo.example.com, exact",
    "x.foo.example.com, wild-foo",
    "x.example.com, wild",
    "example.com, empty",
    "other.org, empty"
  })
  void listenerChoice(String host, String listener) {
    ClusterSnapshot snapshot = snapshot(LISTENERS);
    assertThat(Listeners.matching(Listeners.serving((io.elbgateway.model.gateway.Gateway) snapshot.get(GW).get(), 80), host)
        .get(0).name()).isEqualTo(listener);
  }

  /**
   * §2.3 listener isolation (conformance GatewayHTTPListenerIsolation): a request only the less
   * specific listener's routes would serve gets 404; switched off, they serve it.
   */
  @Test
  void listenerIsolation() {
    ClusterSnapshot snapshot = snapshot(LISTENERS);
    assertThat(backend(route(snapshot, get("abc.foo.example.com", "/only").build()))).isEqualTo("v3");
    assertThat(status(route(snapshot, get("abc.foo.example.com", "/other").build()))).isEqualTo(404);
    // *.foo.example.com listener has no routes: isolation gives 404, not the *.example.com routes
    assertThat(status(route(snapshot, get("x.foo.example.com", "/").build()))).isEqualTo(404);
    assertThat(backend(route(snapshot, get("x.example.com", "/").build()))).isEqualTo("v2");
    assertThat(backend(route(snapshot, get("example.com", "/").build()))).isEqualTo("v1");

    SpecRouter open = SpecRouter.of(snapshot, SpecOptions.builder().listenerIsolation(false).build());
    SpecOutcome outcome = open.route(GW, get("abc.foo.example.com", "/other").build());
    // without isolation the wildcard listener's route (hostname *.example.com, 13 chars) beats the empty one
    assertThat(backend(outcome)).isEqualTo("v2");
    assertThat(outcome.winner().get().listener()).isEqualTo("wild");
  }

  /** §3.3: the Host header's port is ignored; matching is case-insensitive on the host. */
  @Test
  void hostPortIgnored() {
    ClusterSnapshot snapshot = snapshot(LISTENERS);
    assertThat(backend(route(snapshot, get("x.example.com:1234", "/").build()))).isEqualTo("v2");
    assertThat(backend(route(snapshot, get("X.Example.COM", "/").build()))).isEqualTo("v2");
  }

  /** §3.4 conformance HTTPRouteHostnameIntersection: a route whose names miss the listener serves nothing. */
  @Test
  void routeHostnameMustIntersectListener() {
    ClusterSnapshot snapshot = snapshot("""
        apiVersion: gateway.networking.k8s.io/v1
        kind: Gateway
        metadata: {name: gw, namespace: infra}
        spec:
          gatewayClassName: alb
          listeners:
          - {name: http, port: 80, protocol: HTTP, hostname: "*.wildcard.io"}
        ---
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata: {name: r, namespace: infra}
        spec:
          parentRefs: [{name: gw}]
          hostnames: [very.specific.com, foo.wildcard.io]
          rules: [{backendRefs: [{name: v1, port: 8080}]}]
        """);
    assertThat(backend(route(snapshot, get("foo.wildcard.io:1234", "/").build()))).isEqualTo("v1");
    // the listener does not match, and the route's non-intersecting name is dropped
    assertThat(status(route(snapshot, get("very.specific.com", "/").build()))).isEqualTo(404);
    assertThat(status(route(snapshot, get("bar.wildcard.io", "/").build()))).isEqualTo(404);
  }

  /** §2.3: no listener matches the host → 404. */
  @Test
  void noListenerForHostIs404() {
    ClusterSnapshot snapshot = snapshot("""
        apiVersion: gateway.networking.k8s.io/v1
        kind: Gateway
        metadata: {name: gw, namespace: infra}
        spec:
          gatewayClassName: alb
          listeners:
          - {name: http, port: 80, protocol: HTTP, hostname: a.com}
        """);
    assertThat(status(route(snapshot, get("b.com", "/").build()))).isEqualTo(404);
  }
}
