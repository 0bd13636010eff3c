/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import static io.elbgateway.testkit.spec.SpecFixtures.GATEWAY;
import static io.elbgateway.testkit.spec.SpecFixtures.get;
import static io.elbgateway.testkit.spec.SpecFixtures.httpRoute;
import static io.elbgateway.testkit.spec.SpecFixtures.route;
import static io.elbgateway.testkit.spec.SpecFixtures.snapshot;
import static io.elbgateway.testkit.spec.SpecFixtures.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.elbgateway.model.gateway.HTTPBackendRef;
import io.elbgateway.model.gateway.HTTPRoute;
import io.elbgateway.model.gateway.HTTPRouteRule;
import io.elbgateway.model.gateway.HTTPRouteSpec;
import io.elbgateway.model.meta.ObjectMeta;
import io.elbgateway.model.meta.ParentReference;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import org.junit.jupiter.api.Test;

/** Backends: validity, ReferenceGrant, weights, invalid shares (§6.5, §2.8, §5.3). */
class SpecBackendTest {

  private static final String GRANT =
      """
      apiVersion: gateway.networking.k8s.io/v1beta1
      kind: ReferenceGrant
      metadata: {name: g, namespace: web}
      spec:
        from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: infra}]
        to: [{group: "", kind: Service}]
      """;

  private static final String CROSS = httpRoute("r", """
      rules:
      - backendRefs: [{name: web, namespace: web, port: 80}]
      """);

  private static Forward forward(SpecOutcome outcome) {
    assertThat(outcome).as("%s", outcome).isInstanceOf(Forward.class);
    return (Forward) outcome;
  }

  @Test
  void crossNamespaceNeedsAReferenceGrant() {
    assertThat(forward(route(snapshot(GATEWAY, CROSS, GRANT), get("a.com", "/").build())).share("web", "web", 80))
        .isEqualTo(1.0);
    SpecOutcome without = route(snapshot(GATEWAY, CROSS), get("a.com", "/").build());
    assertThat(status(without)).isEqualTo(500);
    assertThat(((Status) without).reason()).contains("RefNotPermitted");
    // a grant for another route kind or another Service name does not count
    assertThat(status(route(snapshot(GATEWAY, CROSS, GRANT.replace("kind: HTTPRoute", "kind: GRPCRoute")),
        get("a.com", "/").build()))).isEqualTo(500);
    assertThat(status(route(snapshot(GATEWAY, CROSS, GRANT.replace("kind: Service}", "kind: Service, name: other}")),
        get("a.com", "/").build()))).isEqualTo(500);
  }

  /** §6.5: two equal weights, one invalid → 50% answered 500. */
  @Test
  void invalidBackendShareIs500() {
    Forward forward = forward(route(snapshot(GATEWAY, httpRoute("r", """
        rules:
        - backendRefs:
          - {name: v1, port: 8080}
          - {name: missing, port: 8080}
        """)), get("a.com", "/").build()));
    assertThat(forward.share("infra", "v1", 8080)).isEqualTo(0.5);
    assertThat(forward.errorShare()).isEqualTo(0.5);
  }

  /** Conformance HTTPRoutePartiallyInvalidViaInvalidReferenceGrant: the valid rule serves, the other 500s. */
  @Test
  void partiallyInvalidRoute() {
    SpecOutcome valid;
    SpecOutcome invalid;
    var snapshot = snapshot(GATEWAY, httpRoute("r", """
        rules:
        - matches: [{path: {type: PathPrefix, value: /invalid}}]
          backendRefs: [{name: web, namespace: web, port: 80}]
        - backendRefs: [{name: v1, port: 8080}]
        """));
    valid = route(snapshot, get("a.com", "/").build());
    invalid = route(snapshot, get("a.com", "/invalid").build());
    assertThat(forward(valid).share("infra", "v1", 8080)).isEqualTo(1.0);
    assertThat(status(invalid)).isEqualTo(500);
    assertThat(invalid.winner().get().ruleIndex()).isZero();
  }

  /** Weighted shares are weight / total, weight 0 gets nothing (conformance HTTPRouteWeight 70/30/0). */
  @Test
  void weights() {
    Forward forward = forward(route(snapshot(GATEWAY, httpRoute("r", """
        rules:
        - backendRefs:
          - {name: v1, port: 8080, weight: 70}
          - {name: v2, port: 8080, weight: 30}
          - {name: v3, port: 8080, weight: 0}
        """)), get("a.com", "/").build()));
    assertThat(forward.share("infra", "v1", 8080)).isCloseTo(0.7, within(1e-9));
    assertThat(forward.share("infra", "v2", 8080)).isCloseTo(0.3, within(1e-9));
    assertThat(forward.share("infra", "v3", 8080)).isZero();
    assertThat(forward.errorShare()).isZero();
  }

  /** Unknown kind, missing port, missing Service port: invalid; all invalid → 500. */
  @Test
  void invalidKindsAndPorts() {
    for (String ref : new String[] {
        "{group: example.com, kind: Bucket, name: v1}", "{name: v1, port: 9999}", "{name: missing, port: 1}"}) {
      SpecOutcome outcome = route(snapshot(GATEWAY, httpRoute("r", "rules:\n- backendRefs: [" + ref + "]\n")),
          get("a.com", "/").build());
      assertThat(status(outcome)).as(ref).isEqualTo(500);
    }
  }

  /** A Service reference without port (the API server rejects it; built here with the model). */
  @Test
  void serviceWithoutPortIsInvalid() {
    HTTPRoute route = HTTPRoute.builder()
        .metadata(ObjectMeta.of("infra", "r"))
        .spec(HTTPRouteSpec.builder()
            .addParentRefs(ParentReference.builder().name("gw").build())
            .addRules(HTTPRouteRule.builder().addBackendRefs(HTTPBackendRef.builder().name("v1").build()).build())
            .build())
        .build();
    ClusterSnapshot snapshot = snapshot(GATEWAY).toBuilder().add(route).build();
    assertThat(status(route(snapshot, get("a.com", "/").build()))).isEqualTo(500);
  }

  /** §6.5: a rule without backends and without a filter that answers → 500. */
  @Test
  void noBackendsIs500() {
    SpecOutcome outcome = route(snapshot(GATEWAY, httpRoute("r", """
        rules:
        - matches: [{path: {type: PathPrefix, value: /}}]
        """)), get("a.com", "/").build());
    assertThat(status(outcome)).isEqualTo(500);
    assertThat(outcome.winner()).isPresent();
  }

  /** §4.3: nothing matches → 404. */
  @Test
  void noMatchIs404() {
    assertThat(status(route(snapshot(GATEWAY, httpRoute("r", """
        rules:
        - matches: [{path: {type: Exact, value: /x}}]
          backendRefs: [{name: v1, port: 8080}]
        """)), get("a.com", "/y").build()))).isEqualTo(404);
    assertThat(status(route(snapshot(GATEWAY), get("a.com", "/y").build()))).isEqualTo(404);
  }

  /** Every backend with weight 0 → no traffic can be served → 500. */
  @Test
  void allZeroWeightsIs500() {
    assertThat(status(route(snapshot(GATEWAY, httpRoute("r", """
        rules:
        - backendRefs: [{name: v1, port: 8080, weight: 0}]
        """)), get("a.com", "/").build()))).isEqualTo(500);
  }
}
