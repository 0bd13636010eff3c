/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.codec.KindRegistry;
import io.elbgateway.model.codec.LoadResult;
import io.elbgateway.model.codec.ManifestReader;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.testkit.alb.Connection;
import io.elbgateway.testkit.alb.Transport;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class L4SpecRouterTest {

  private static final ObjectKey GW = ObjectKey.of("gateway.networking.k8s.io", "Gateway", "infra", "gw");

  private static final String BASE =
      """
      apiVersion: v1
      kind: Namespace
      metadata: {name: infra}
      ---
      apiVersion: v1
      kind: Namespace
      metadata: {name: apps}
      ---
      apiVersion: gateway.networking.k8s.io/v1
      kind: Gateway
      metadata: {name: gw, namespace: infra}
      spec:
        gatewayClassName: nlb
        listeners:
        - {name: tcp, port: 7000, protocol: TCP, allowedRoutes: {namespaces: {from: All}}}
        - {name: udp, port: 7000, protocol: UDP, allowedRoutes: {namespaces: {from: All}}}
        - {name: tls, port: 443, protocol: TLS, hostname: "*.example.com", tls: {mode: Passthrough}, allowedRoutes: {namespaces: {from: All}}}
        - {name: only-same, port: 7001, protocol: TCP}
      ---
      apiVersion: v1
      kind: Service
      metadata: {name: a, namespace: apps}
      spec:
        ports:
        - {name: tcp, port: 9000}
        - {name: udp, port: 9053, protocol: UDP}
      ---
      apiVersion: v1
      kind: Service
      metadata: {name: b, namespace: apps}
      spec:
        ports:
        - {name: tcp, port: 9000}
      """;

  private static String route(String kind, String name, String time, String section, String backendRefs) {
    return """
        ---
        apiVersion: gateway.networking.k8s.io/v1alpha2
        kind: %s
        metadata: {name: %s, namespace: apps, creationTimestamp: "%s"}
        spec:
          parentRefs: [{name: gw, namespace: infra, sectionName: %s}]
          rules:
          - backendRefs: %s
        """.formatted(kind, name, time, section, backendRefs);
  }

  private static ClusterSnapshot snapshot(String... routes) {
    LoadResult result =
        ManifestReader.of(KindRegistry.standard()).readString(BASE + String.join("", routes), "t.yaml");
    assertThat(result.problems()).isEmpty();
    return ClusterSnapshot.of(result.objects());
  }

  private static L4SpecOutcome route(ClusterSnapshot snapshot, int port, Transport transport, String sni) {
    return L4SpecRouter.route(snapshot, GW, Connection.of(port, transport, Optional.ofNullable(sni)));
  }

  @Test
  void theOldestRouteThenNamespaceAndNameCarriesTheListener() {
    ClusterSnapshot snapshot =
        snapshot(
            route("TCPRoute", "newer", "2026-01-01T00:01:00Z", "tcp", "[{name: a, port: 9000}]"),
            route("TCPRoute", "z-old", "2026-01-01T00:00:00Z", "tcp", "[{name: a, port: 9000}]"),
            route("TCPRoute", "a-old", "2026-01-01T00:00:00Z", "tcp", "[{name: b, port: 9000}]"));
    L4SpecOutcome outcome = route(snapshot, 7000, Transport.TCP, null);
    assertThat(outcome.route().orElseThrow().name()).isEqualTo("a-old");
    assertThat(outcome.backends()).containsExactly(BackendShare.of("apps", "b", 9000, 1, 1.0));
    assertThat(outcome.reached()).isTrue();
  }

  @Test
  void eachTransportHasItsOwnListenerAndRoutes() {
    ClusterSnapshot snapshot =
        snapshot(route("UDPRoute", "dns", "2026-01-01T00:00:00Z", "udp", "[{name: a, port: 9053}]"));
    assertThat(route(snapshot, 7000, Transport.UDP, null).backends()).extracting(BackendShare::port).containsExactly(9053);
    L4SpecOutcome tcp = route(snapshot, 7000, Transport.TCP, null);
    assertThat(tcp.reached()).isFalse();
    assertThat(tcp.refused()).hasValueSatisfying(r -> assertThat(r).contains("no route attached to listener tcp"));
    assertThat(route(snapshot, 7002, Transport.TCP, null).refused()).hasValueSatisfying(r -> assertThat(r).contains("no listener"));
  }

  @Test
  void invalidBackendsTakeTheirShareAndWeightZeroGetsNone() {
    ClusterSnapshot snapshot =
        snapshot(
            route("TCPRoute", "r", "2026-01-01T00:00:00Z", "tcp",
                "[{name: a, port: 9000, weight: 3}, {name: missing, port: 9000}, {name: b, port: 9000, weight: 0}]"));
    L4SpecOutcome outcome = route(snapshot, 7000, Transport.TCP, null);
    assertThat(outcome.backends()).containsExactly(BackendShare.of("apps", "a", 9000, 3, 0.75));
    assertThat(outcome.invalidShare()).isEqualTo(0.25);
    L4SpecOutcome none =
        route(snapshot(route("TCPRoute", "r", "2026-01-01T00:00:00Z", "tcp", "[{name: missing, port: 9000}]")),
            7000, Transport.TCP, null);
    assertThat(none.reached()).isFalse();
    assertThat(none.invalidShare()).isEqualTo(1.0);
  }

  @Test
  void kindsAndNamespacesDecideAttachment() {
    ClusterSnapshot snapshot =
        snapshot(
            route("UDPRoute", "wrong-kind", "2026-01-01T00:00:00Z", "tcp", "[{name: a, port: 9053}]"),
            route("TCPRoute", "other-namespace", "2026-01-01T00:00:00Z", "only-same", "[{name: a, port: 9000}]"));
    assertThat(route(snapshot, 7000, Transport.TCP, null).route()).isEmpty();
    assertThat(route(snapshot, 7001, Transport.TCP, null).route()).isEmpty();
  }

  @Test
  void tlsRoutesNeedIntersectingHostnamesAndTheSniMustFit() {
    String tls =
        """
        ---
        apiVersion: gateway.networking.k8s.io/v1alpha2
        kind: TLSRoute
        metadata: {name: t, namespace: apps, creationTimestamp: "2026-01-01T00:00:00Z"}
        spec:
          parentRefs: [{name: gw, namespace: infra, sectionName: tls}]
          hostnames: [a.example.com]
          rules:
          - backendRefs: [{name: a, port: 9000}]
        """;
    ClusterSnapshot snapshot = snapshot(tls);
    assertThat(route(snapshot, 443, Transport.TCP, "a.example.com").reached()).isTrue();
    L4SpecOutcome other = route(snapshot, 443, Transport.TCP, "b.example.com");
    assertThat(other.sniMatches()).isFalse();
    assertThat(other.reached()).isFalse();
    assertThat(other.backends()).as("what the route carries").hasSize(1);
    ClusterSnapshot elsewhere = snapshot(tls.replace("a.example.com", "a.example.org"));
    assertThat(route(elsewhere, 443, Transport.TCP, "a.example.org").route()).as("hostnames do not intersect").isEmpty();
  }
}
