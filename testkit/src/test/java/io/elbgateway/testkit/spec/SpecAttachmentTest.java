/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import static io.elbgateway.testkit.spec.SpecFixtures.GATEWAY;
import static io.elbgateway.testkit.spec.SpecFixtures.GW;
import static io.elbgateway.testkit.spec.SpecFixtures.backend;
import static io.elbgateway.testkit.spec.SpecFixtures.get;
import static io.elbgateway.testkit.spec.SpecFixtures.route;
import static io.elbgateway.testkit.spec.SpecFixtures.snapshot;
import static io.elbgateway.testkit.spec.SpecFixtures.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import org.junit.jupiter.api.Test;

/** Attachment (§5), Gateway/GatewayClass/listener acceptance (§2.3). */
class SpecAttachmentTest {

  private static String gateway(String allowedRoutes) {
    return """
        apiVersion: gateway.networking.k8s.io/v1
        kind: Gateway
        metadata: {name: gw, namespace: infra}
        spec:
          gatewayClassName: alb
          listeners:
          - name: http
            port: 80
            protocol: HTTP
            allowedRoutes: %s
        """.formatted(allowedRoutes);
  }

  private static final String WEB_ROUTE =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: HTTPRoute
      metadata: {name: r, namespace: web}
      spec:
        parentRefs: [{name: gw, namespace: infra}]
        rules: [{backendRefs: [{name: web, port: 80}]}]
      """;

  @Test
  void sameNamespaceIsTheDefault() {
    assertThat(status(route(snapshot(GATEWAY, WEB_ROUTE), get("a.com", "/").build()))).isEqualTo(404);
  }

  @Test
  void allNamespaces() {
    assertThat(backend(route(snapshot(gateway("{namespaces: {from: All}}"), WEB_ROUTE), get("a.com", "/").build())))
        .isEqualTo("web");
  }

  @Test
  void selectorMatchesNamespaceLabels() {
    assertThat(backend(route(snapshot(gateway("{namespaces: {from: Selector, selector: {matchLabels: {team: web}}}}"), WEB_ROUTE),
        get("a.com", "/").build()))).isEqualTo("web");
    assertThat(status(route(snapshot(gateway("{namespaces: {from: Selector, selector: {matchLabels: {team: api}}}}"), WEB_ROUTE),
        get("a.com", "/").build()))).isEqualTo(404);
  }

  /** The API server always sets kubernetes.io/metadata.name, even if the snapshot lacks the label. */
  @Test
  void selectorSeesMetadataNameLabel() {
    String selector = "{namespaces: {from: Selector, selector: {matchLabels: {kubernetes.io/metadata.name: web}}}}";
    assertThat(backend(route(snapshot(gateway(selector), WEB_ROUTE), get("a.com", "/").build()))).isEqualTo("web");
  }

  @Test
  void kindNotAllowed() {
    assertThat(status(route(snapshot(gateway("{namespaces: {from: All}, kinds: [{kind: GRPCRoute}]}"), WEB_ROUTE),
        get("a.com", "/").build()))).isEqualTo(404);
    assertThat(backend(route(snapshot(gateway("{namespaces: {from: All}, kinds: [{kind: HTTPRoute}]}"), WEB_ROUTE),
        get("a.com", "/").build()))).isEqualTo("web");
  }

  private static String infraRoute(String parentRef) {
    return """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata: {name: r, namespace: infra}
        spec:
          parentRefs: [%s]
          rules: [{backendRefs: [{name: v1, port: 8080}]}]
        """.formatted(parentRef);
  }

  /** §5.1: sectionName and port select listeners; a mismatch detaches the route. */
  @Test
  void sectionNameAndPort() {
    assertThat(backend(route(snapshot(GATEWAY, infraRoute("{name: gw, sectionName: http}")), get("a.com", "/").build())))
        .isEqualTo("v1");
    assertThat(backend(route(snapshot(GATEWAY, infraRoute("{name: gw, port: 80}")), get("a.com", "/").build())))
        .isEqualTo("v1");
    assertThat(status(route(snapshot(GATEWAY, infraRoute("{name: gw, sectionName: https}")), get("a.com", "/").build())))
        .isEqualTo(404);
    assertThat(status(route(snapshot(GATEWAY, infraRoute("{name: gw, port: 8080}")), get("a.com", "/").build())))
        .isEqualTo(404);
    assertThat(status(route(snapshot(GATEWAY, infraRoute("{name: gw, sectionName: http, port: 8080}")),
        get("a.com", "/").build()))).isEqualTo(404);
    assertThat(status(route(snapshot(GATEWAY, infraRoute("{name: other}")), get("a.com", "/").build()))).isEqualTo(404);
  }

  /** §2.3: conflicted listeners serve nothing; a port with no listener is not served. */
  @Test
  void conflictsAndMissingThings() {
    ClusterSnapshot protocolConflict = snapshot("""
        apiVersion: gateway.networking.k8s.io/v1
        kind: Gateway
        metadata: {name: gw, namespace: infra}
        spec:
          gatewayClassName: alb
          listeners:
          - {name: http, port: 80, protocol: HTTP}
          - {name: tcp, port: 80, protocol: TCP}
        """, infraRoute("{name: gw}"));
    assertThat(route(protocolConflict, get("a.com", "/").build())).isInstanceOf(NotServed.class);
    assertThat(route(snapshot(GATEWAY, infraRoute("{name: gw}")), get("a.com", "/").listenerPort(8080).build()))
        .isInstanceOf(NotServed.class);
    assertThat(SpecRouter.of(snapshot(GATEWAY)).route(ObjectKey.of("gateway.networking.k8s.io", "Gateway", "infra", "nope"),
        get("a.com", "/").build())).isInstanceOf(NotServed.class);
    assertThat(route(snapshot(GATEWAY.replace("alb", "missing"), infraRoute("{name: gw}")), get("a.com", "/").build()))
        .isInstanceOf(NotServed.class);
    SpecRouter otherController = SpecRouter.of(snapshot(GATEWAY, infraRoute("{name: gw}")),
        SpecOptions.builder().controllerName("example.com/other").build());
    assertThat(otherController.route(GW, get("a.com", "/").build())).isInstanceOf(NotServed.class);
  }

  /** §2.3: HTTP and HTTPS listeners on different ports are each served. */
  @Test
  void httpsListenerServes() {
    ClusterSnapshot snapshot = snapshot("""
        apiVersion: gateway.networking.k8s.io/v1
        kind: Gateway
        metadata: {name: gw, namespace: infra}
        spec:
          gatewayClassName: alb
          listeners:
          - {name: http, port: 80, protocol: HTTP}
          - name: https
            port: 443
            protocol: HTTPS
            tls: {certificateRefs: [{name: cert}]}
        """, infraRoute("{name: gw, sectionName: https}"));
    assertThat(backend(route(snapshot, get("a.com", "/").scheme("https").listenerPort(443).build()))).isEqualTo("v1");
    assertThat(status(route(snapshot, get("a.com", "/").build()))).isEqualTo(404);
  }
}
