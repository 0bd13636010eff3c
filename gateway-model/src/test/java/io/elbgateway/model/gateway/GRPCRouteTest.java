/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import static io.elbgateway.model.TestManifests.read;
import static io.elbgateway.model.TestManifests.assertRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GRPCRouteTest {

  @Test
  void grpcRouteReadsAndRoundTrips() {
    GRPCRoute route = read("routes/grpcroute.yaml", GRPCRoute.class);

    assertThat(route.apiVersion()).isEqualTo("gateway.networking.k8s.io/v1");
    assertThat(route.kind()).isEqualTo("GRPCRoute");
    assertThat(route.hostnames()).containsExactly("foo.example.com");
    GRPCRouteRule login = route.spec().rules().get(0);
    assertThat(login.name()).contains("login");
    GRPCMethodMatch method = login.matches().get(0).method().orElseThrow();
    assertThat(method.type()).isEqualTo(GRPCMethodMatchType.EXACT);
    assertThat(method.service()).contains("com.example.User");
    assertThat(method.method()).contains("Login");

    GRPCRouteRule second = route.spec().rules().get(1);
    assertThat(second.matches().get(0).headers().get(0).type())
        .isEqualTo(GRPCHeaderMatchType.EXACT);
    assertThat(second.filters())
        .extracting(GRPCRouteFilter::type)
        .containsExactly(
            GRPCRouteFilterType.REQUEST_HEADER_MODIFIER, GRPCRouteFilterType.REQUEST_MIRROR);
    List<GRPCBackendRef> backends = second.backendRefs();
    assertThat(backends).extracting(BackendRef::weight).containsExactly(10, 90);
    assertThat(backends.get(0).filters().get(0).responseHeaderModifier().orElseThrow().remove())
        .containsExactly("x-internal");

    GRPCRouteRule regex = route.spec().rules().get(2);
    assertThat(regex.matches().get(0).method().orElseThrow().type())
        .isEqualTo(GRPCMethodMatchType.REGULAR_EXPRESSION);
    assertThat(regex.sessionPersistence().orElseThrow().type())
        .isEqualTo(SessionPersistenceType.COOKIE);

    String yaml = assertRoundTrip(route, GRPCRoute.class);
    assertThat(yaml).contains("service: com.example.User");
  }

  @Test
  void grpcRuleWithoutMatchesStaysEmptyBecauseNoMatchMeansEveryRequest() {
    GRPCRouteRule rule =
        GRPCRouteRule.builder()
            .addBackendRef(GRPCBackendRef.builder().name("svc").port(50051).build())
            .build();

    assertThat(rule.matches()).isEmpty();
    assertThat(rule.backendRefs().get(0).weight()).isEqualTo(1);
  }
}
