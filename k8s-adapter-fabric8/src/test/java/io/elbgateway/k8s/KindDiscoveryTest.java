/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elbgateway.model.gateway.TLSRoute;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the controller finds at start about the kinds the cluster serves, and what it says. */
class KindDiscoveryTest {

  @Test
  void missingKindsAreNamedWithWhatTheyDisableAndOlderVersionsAreWatched() {
    Map<String, List<String>> served =
        Map.of(
            "GatewayClass", List.of("v1"),
            "Gateway", List.of("v1"),
            "HTTPRoute", List.of("v1"),
            "TLSRoute", List.of("v1alpha2")); // an older install: TLSRoute only at v1alpha2
    try (ControllerHarness harness = new ControllerHarness(served)) {
      harness.apply(
          "apiVersion: gateway.networking.k8s.io/v1alpha2\nkind: TLSRoute\nmetadata: {name: tls, namespace: apps}\n"
              + "spec:\n  parentRefs: [{name: nlb}]\n  hostnames: [tls.example.com]\n"
              + "  rules:\n  - backendRefs: [{name: svc, port: 443}]\n");
      GatewayController controller = harness.start(harness.controller(new Recorder()));

      var kinds = controller.kinds().orElseThrow();
      assertThat(kinds.servedVersion("TLSRoute")).contains("gateway.networking.k8s.io/v1alpha2");
      assertThat(kinds.servedVersion("HTTPRoute")).contains("gateway.networking.k8s.io/v1");
      assertThat(kinds.servedVersion("Service")).contains("v1");
      assertThat(kinds.missing()).containsKeys("GRPCRoute", "ReferenceGrant", "LoadBalancerConfiguration",
          "TargetGroupConfiguration", "ListenerRuleConfiguration", "ListenerSet");
      assertThat(kinds.missing().get("ListenerRuleConfiguration")).contains("answer 500");
      assertThat(kinds.missing().get("ReferenceGrant")).contains("RefNotPermitted");
      assertThat(kinds.missing()).doesNotContainKeys("Gateway", "HTTPRoute", "TLSRoute");
      // The v1alpha2 TLSRoute reads into the model like a v1 one.
      Await.until("the TLSRoute in the snapshot", () -> controller.snapshot().all(TLSRoute.class).size() == 1);
    }
  }

  @Test
  void aClusterWithoutTheGatewayApiIsToldSoAtStart() {
    try (ControllerHarness harness = new ControllerHarness(Map.of())) {
      GatewayController controller = harness.controller(new Recorder()).build();
      assertThatThrownBy(controller::start)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("GatewayClass is not served")
          .hasMessageContaining("install the Gateway API CRDs");
      assertThat(controller.kinds()).hasValueSatisfying(k -> assertThat(k.canReconcile()).isFalse());
    }
  }
}
