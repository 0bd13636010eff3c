/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.attach;

import static io.elbgateway.translate.attach.AttachFixtures.GATEWAY_HEADER;
import static io.elbgateway.translate.attach.AttachFixtures.condition;
import static io.elbgateway.translate.attach.AttachFixtures.isTrue;
import static io.elbgateway.translate.attach.AttachFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.status.Condition;
import io.elbgateway.translate.attach.AttachFixtures.Run;
import org.junit.jupiter.api.Test;

/** An HTTPRoute and a GRPCRoute sharing a hostname on a listener: only the older is accepted there. */
class RouteKindConflictsTest {

  private static final String HTTPS =
      GATEWAY_HEADER
          + "  listeners:\n"
          + "  - {name: https, port: 443, protocol: HTTPS, tls: {options: {x.io/cert: a}}}\n";

  private static String route(String kind, String name, String created, String hostnames) {
    String backend = kind.equals("GRPCRoute") ? "50051" : "80";
    return "---\n"
        + "apiVersion: gateway.networking.k8s.io/v1\n"
        + "kind: " + kind + "\n"
        + "metadata: {name: " + name + ", namespace: infra, creationTimestamp: \"" + created + "\"}\n"
        + "spec:\n"
        + "  parentRefs: [{name: gw}]\n"
        + "  hostnames: " + hostnames + "\n"
        + "  rules: [{backendRefs: [{name: svc, port: " + backend + "}]}]\n";
  }

  private static Condition accepted(Run run, String kind, String name) {
    return condition(run.routeParents(kind, "infra", name).get(0).conditions(), "Accepted");
  }

  @Test
  void theNewerRouteOfTheOtherKindIsRefused() {
    Run run =
        run(
            HTTPS
                + route("HTTPRoute", "web", "2026-01-01T00:00:00Z", "[]")
                + route("GRPCRoute", "rpc", "2026-01-02T00:00:00Z", "[rpc.example.com]"));
    assertThat(isTrue(accepted(run, "HTTPRoute", "web"))).isTrue();
    Condition rpc = accepted(run, "GRPCRoute", "rpc");
    assertThat(isTrue(rpc)).isFalse();
    assertThat(rpc.reason()).isEqualTo("NotAllowedByListeners");
    assertThat(rpc.message()).contains("HTTPRoute infra/web").contains("older");
    assertThat(run.attachmentNames()).containsExactly("web@https");
    assertThat(run.listenerStatus("https").attachedRoutes()).as("both attach by allowedRoutes").isEqualTo(2);
  }

  @Test
  void anOlderGrpcRouteWins() {
    Run run =
        run(
            HTTPS
                + route("HTTPRoute", "web", "2026-01-02T00:00:00Z", "[\"*.example.com\"]")
                + route("GRPCRoute", "rpc", "2026-01-01T00:00:00Z", "[rpc.example.com]"));
    assertThat(isTrue(accepted(run, "GRPCRoute", "rpc"))).isTrue();
    assertThat(accepted(run, "HTTPRoute", "web").reason()).isEqualTo("NotAllowedByListeners");
    assertThat(run.attachmentNames()).containsExactly("rpc@https");
  }

  @Test
  void distinctHostnamesLetBothStay() {
    Run run =
        run(
            HTTPS
                + route("HTTPRoute", "web", "2026-01-01T00:00:00Z", "[www.example.com]")
                + route("GRPCRoute", "rpc", "2026-01-02T00:00:00Z", "[rpc.example.com]"));
    assertThat(isTrue(accepted(run, "GRPCRoute", "rpc"))).isTrue();
    assertThat(run.attachmentNames()).containsExactly("rpc@https", "web@https");
  }

  @Test
  void aRouteRefusedOnOneListenerStaysAcceptedThroughAnother() {
    Run run =
        run(
            GATEWAY_HEADER
                + "  listeners:\n"
                + "  - {name: a, port: 443, protocol: HTTPS, hostname: a.example.com, tls: {options: {x.io/cert: a}}}\n"
                + "  - {name: b, port: 443, protocol: HTTPS, hostname: b.example.com, tls: {options: {x.io/cert: a}}}\n"
                + route("HTTPRoute", "web", "2026-01-01T00:00:00Z", "[a.example.com]")
                + route("GRPCRoute", "rpc", "2026-01-02T00:00:00Z", "[]"));
    assertThat(isTrue(accepted(run, "GRPCRoute", "rpc"))).isTrue();
    assertThat(run.attachmentNames()).containsExactly("rpc@b", "web@a");
  }

  @Test
  void routesOfOneKindNeverConflict() {
    Run run =
        run(
            HTTPS
                + route("HTTPRoute", "one", "2026-01-01T00:00:00Z", "[]")
                + route("HTTPRoute", "two", "2026-01-02T00:00:00Z", "[]"));
    assertThat(run.attachmentNames()).containsExactly("one@https", "two@https");
  }
}
