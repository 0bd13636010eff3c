/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import static io.elbgateway.model.TestManifests.read;
import static io.elbgateway.model.TestManifests.assertRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.meta.BackendObjectReference;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TLSRoute, TCPRoute and UDPRoute: read, defaults, round trip, shared route view. */
class L4RouteTest {

  @Test
  void tlsRouteV1alpha2ReadsAndRoundTrips() {
    TLSRoute route = read("routes/tlsroute-v1alpha2.yaml", TLSRoute.class);

    assertThat(route.apiVersion()).isEqualTo("gateway.networking.k8s.io/v1alpha2");
    assertThat(route.hostnames()).containsExactly("abc.example.com");
    assertThat(route.spec().rules()).hasSize(2);
    assertThat(route.spec().rules().get(0).backendRefs().get(0).weight()).isEqualTo(1);
    assertThat(route.spec().rules().get(1).name()).contains("second");
    assertThat(route.spec().rules().get(1).backendRefs().get(0).weight()).isEqualTo(5);
    assertRoundTrip(route, TLSRoute.class);
  }

  @Test
  void tlsRouteV1alpha3ReadsAndRoundTrips() {
    TLSRoute route = read("routes/tlsroute-v1alpha3.yaml", TLSRoute.class);

    assertThat(route.apiVersion()).isEqualTo("gateway.networking.k8s.io/v1alpha3");
    assertThat(route.hostnames()).containsExactly("*.example.com", "example.com");
    assertThat(route.spec().rules().get(0).backendRefs().get(0).reference())
        .isEqualTo(BackendObjectReference.builder().name("secure-app").port(8443).build());
    assertRoundTrip(route, TLSRoute.class);
  }

  @Test
  void tlsRouteDescriptorServesAllThreeVersionsNewestFirst() {
    assertThat(GatewayApiKinds.TLS_ROUTE.versions()).containsExactly("v1", "v1alpha3", "v1alpha2");
    assertThat(GatewayApiKinds.TLS_ROUTE.servesApiVersion("gateway.networking.k8s.io/v1alpha3")).isTrue();
    assertThat(
            TLSRoute.builder()
                .metadata(io.elbgateway.model.meta.ObjectMeta.of("ns", "t"))
                .spec(TLSRouteSpec.builder().build())
                .build()
                .apiVersion())
        .isEqualTo(GatewayApiKinds.TLS_ROUTE.preferredApiVersion());
  }

  @Test
  void tcpRouteReadsWeightsAndHasNoHostnames() {
    TCPRoute route = read("routes/tcproute.yaml", TCPRoute.class);

    assertThat(route.apiVersion()).isEqualTo("gateway.networking.k8s.io/v1alpha2");
    assertThat(route.hostnames()).isEmpty();
    assertThat(route.spec().rules().get(0).backendRefs())
        .extracting(BackendRef::name, BackendRef::weight)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("my-foo-service", 80),
            org.assertj.core.groups.Tuple.tuple("my-foo-service-v2", 20));
    assertThat(route.parentRefs().get(0).sectionName()).contains("foo");
    assertThat(GatewayApiKinds.TCP_ROUTE.servesApiVersion(route.apiVersion())).isTrue();
    assertRoundTrip(route, TCPRoute.class);
  }

  @Test
  void udpRouteReadsAndRoundTrips() {
    UDPRoute route = read("routes/udproute.yaml", UDPRoute.class);

    assertThat(route.apiVersion()).isEqualTo("gateway.networking.k8s.io/v1");
    assertThat(route.spec().rules().get(0).name()).contains("dns");
    assertThat(route.spec().rules().get(0).backendRefs().get(0).port()).contains(53);
    assertRoundTrip(route, UDPRoute.class);
  }

  @Test
  void everyRouteKindExposesItsBackendsThroughTheSharedView() {
    List<Route> routes =
        List.of(
            read("routes/httproute-seed.yaml", HTTPRoute.class),
            read("routes/grpcroute.yaml", GRPCRoute.class),
            read("routes/tlsroute-v1alpha2.yaml", TLSRoute.class),
            read("routes/tcproute.yaml", TCPRoute.class),
            read("routes/udproute.yaml", UDPRoute.class));

    assertThat(routes)
        .extracting(
            r -> r.spec().rules().stream().mapToInt(rule -> rule.backendRefs().size()).sum())
        .containsExactly(1, 4, 2, 2, 1);
    assertThat(routes).allSatisfy(r -> assertThat(r.parentRefs()).isNotEmpty());
  }
}
