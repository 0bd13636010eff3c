/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.equivalence;

import static io.elbgateway.testkit.equivalence.EquivFixtures.GW;
import static io.elbgateway.testkit.equivalence.EquivFixtures.cluster;
import static io.elbgateway.testkit.equivalence.EquivFixtures.compare;
import static io.elbgateway.testkit.equivalence.EquivFixtures.get;
import static io.elbgateway.testkit.equivalence.EquivFixtures.route;
import static io.elbgateway.testkit.equivalence.EquivFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.snapshot.ClusterSnapshot;
import org.junit.jupiter.api.Test;

/**
 * Disagreements between the translator and the reference router that the equivalence property
 * found, each the minimal scenario and request. Disabled until the lead fixes the side at fault;
 * then enable it (and add a golden case).
 */
class KnownDisagreementsTest {

  /**
   * A rule written with {@code matches: []}: the translator matches every request (PathPrefix /,
   * as the spec's "if no matches are specified, the default is a prefix path match on /" says),
   * the reference router matches none (404). The router is at fault.
   */
  @Test
  void aRuleWithEmptyMatchesMatchesEveryRequest() {
    ClusterSnapshot snapshot =
        snapshot(route("r0", "[a.example.com]", "  - matches: []\n    backendRefs: [{name: v1, port: 8080}]\n"));
    Comparison c = compare(snapshot, get("a.example.com", "/").build());
    assertThat(c.verdict()).as(c.describe()).isEqualTo(Verdict.EQUAL);
  }

  /**
   * Listener isolation with a Host header that carries a port. Listener {@code a}
   * (a.example.com) has no routes; route r0 is attached to the catch-all listener {@code http}.
   * The spec ignores the port and picks the most specific listener, {@code a}: 404. The translator
   * isolates with a rule {@code Listener/infra/gw/a/0#isolation} whose host-header value
   * {@code a.example.com} does not match {@code a.example.com:8080} on ALB, so r0's rule forwards
   * to v1, and no deviation is declared. The translator is at fault (declare HOST_WITH_PORT for the
   * isolation rule on the Gateway, or match the host with an optional port through RegexValues).
   */
  @Test
  void listenerIsolationHoldsForAHostWithAPort() {
    ClusterSnapshot snapshot =
        cluster(
            """
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata: {name: gw, namespace: infra}
            spec:
              gatewayClassName: alb
              listeners:
              - {name: http, port: 80, protocol: HTTP}
              - {name: a, port: 80, protocol: HTTP, hostname: a.example.com}
            ---
            apiVersion: gateway.networking.k8s.io/v1
            kind: HTTPRoute
            metadata: {name: r0, namespace: infra}
            spec:
              parentRefs: [{name: gw, sectionName: http}]
              rules:
              - backendRefs: [{name: v1, port: 8080}]
            """);
    Comparison c =
        OutcomeComparison.of(EquivFixtures.translate(snapshot), snapshot, GW)
            .compare(get("a.example.com:8080", "/").build());
    assertThat(c.acceptable()).as(c.describe()).isTrue();
  }
}
