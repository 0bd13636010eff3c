/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import static io.elbgateway.model.TestManifests.read;
import static io.elbgateway.model.TestManifests.assertRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.meta.ObjectKey;
import org.junit.jupiter.api.Test;

class ReferenceGrantTest {

  private static final String GW = "gateway.networking.k8s.io";

  private final ReferenceGrant grant = read("gateway/referencegrant.yaml", ReferenceGrant.class);

  @Test
  void readsAndRoundTrips() {
    assertThat(grant.apiVersion()).isEqualTo("gateway.networking.k8s.io/v1beta1");
    assertThat(grant.metadata().namespace()).contains("backends");
    assertThat(grant.spec().from()).hasSize(2);
    assertThat(grant.spec().from().get(0).kind()).isEqualTo("HTTPRoute");
    assertThat(grant.spec().to()).extracting(ReferenceGrantTo::kind).containsExactly("Service", "Secret");
    assertThat(grant.spec().to().get(0).name()).isEmpty();
    assertThat(grant.spec().to().get(1).name()).contains("wildcard-cert");
    assertRoundTrip(grant, ReferenceGrant.class);
  }

  @Test
  void allowsAListedReferrerToAnyObjectOfAnUnnamedToKind() {
    assertThat(grant.allows(GW, "HTTPRoute", "web", "", "Service", "api")).isTrue();
    assertThat(grant.allows(GW, "HTTPRoute", "web", "", "Service", "anything-else")).isTrue();
  }

  @Test
  void refusesAReferrerFromAnotherNamespace() {
    assertThat(grant.allows(GW, "HTTPRoute", "other", "", "Service", "api")).isFalse();
  }

  @Test
  void refusesAKindThatIsNotListedInTo() {
    assertThat(grant.allows(GW, "HTTPRoute", "web", "", "ConfigMap", "api")).isFalse();
    assertThat(grant.allows(GW, "HTTPRoute", "web", "apps", "Service", "api")).isFalse();
  }

  @Test
  void refusesAReferrerKindThatIsNotListedInFrom() {
    assertThat(grant.allows(GW, "GRPCRoute", "web", "", "Service", "api")).isFalse();
  }

  @Test
  void aNamedToCoversOnlyThatObject() {
    assertThat(grant.allows(GW, "Gateway", "infra", "", "Secret", "wildcard-cert")).isTrue();
    assertThat(grant.allows(GW, "Gateway", "infra", "", "Secret", "other-cert")).isFalse();
  }

  @Test
  void entriesAreOredAcrossFromAndTo() {
    // The Gateway in infra may also reach every Service: from and to entries combine freely.
    assertThat(grant.allows(GW, "Gateway", "infra", "", "Service", "api")).isTrue();
  }

  @Test
  void permitsChecksThatTheTargetIsInTheGrantsNamespace() {
    ObjectKey route = ObjectKey.of(GW, "HTTPRoute", "web", "store");
    assertThat(grant.permits(route, ObjectKey.of("", "Service", "backends", "api"))).isTrue();
    assertThat(grant.permits(route, ObjectKey.of("", "Service", "elsewhere", "api"))).isFalse();
  }
}
