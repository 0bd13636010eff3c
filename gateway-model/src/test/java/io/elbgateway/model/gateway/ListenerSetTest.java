/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import static io.elbgateway.model.TestManifests.read;
import static io.elbgateway.model.TestManifests.assertRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.meta.ObjectMeta;
import org.junit.jupiter.api.Test;

class ListenerSetTest {

  @Test
  void readsAnXListenerSetAndKeepsItsKindAndGroup() {
    ListenerSet set = read("gateway/xlistenerset.yaml", ListenerSet.class);

    assertThat(set.apiVersion()).isEqualTo(ListenerSet.X_API_VERSION);
    assertThat(set.kind()).isEqualTo("XListenerSet");
    assertThat(set.experimental()).isTrue();
    assertThat(set.key().group()).isEqualTo("gateway.networking.x-k8s.io");
    assertThat(set.spec().parentRef().name()).isEqualTo("shared");
    assertThat(set.spec().parentRef().namespace()).contains("infra");
    assertThat(set.spec().listeners()).extracting(ListenerEntry::name).containsExactly("first", "second");
    ListenerEntry second = set.spec().listeners().get(1);
    assertThat(second.port()).as("absent port defaults to 0").isZero();
    assertThat(second.tlsMode()).contains(TLSModeType.TERMINATE);
    assertThat(second.allowedRoutes().namespaces().from()).isEqualTo(FromNamespaces.SAME);
    assertThat(set.status().orElseThrow().listeners().get(0).port()).contains(80);
    String yaml = assertRoundTrip(set, ListenerSet.class);
    assertThat(yaml).contains("kind: XListenerSet").contains("apiVersion: gateway.networking.x-k8s.io/v1alpha1");
  }

  @Test
  void readsAStandardListenerSet() {
    ListenerSet set = read("gateway/listenerset-v1.yaml", ListenerSet.class);

    assertThat(set.apiVersion()).isEqualTo("gateway.networking.k8s.io/v1");
    assertThat(set.kind()).isEqualTo("ListenerSet");
    assertThat(set.experimental()).isFalse();
    assertThat(set.spec().parentRef().group()).isEqualTo("gateway.networking.k8s.io");
    assertThat(set.spec().parentRef().kind()).isEqualTo("Gateway");
    ListenerEntry api = set.spec().listeners().get(0);
    assertThat(api.port()).isEqualTo(443);
    assertThat(api.hostname()).contains("api.team-b.example.com");
    assertRoundTrip(set, ListenerSet.class);
  }

  @Test
  void builtWithoutKindIsAStandardListenerSet() {
    ListenerSet set = ListenerSet.builder()
        .metadata(ObjectMeta.of("team-c", "extra"))
        .spec(ListenerSetSpec.builder()
            .parentRef(ListenerSetParentReference.builder().name("shared").build())
            .addListener(ListenerEntry.builder().name("http").port(8080).protocol("HTTP").build())
            .build())
        .build();

    assertThat(set.kind()).isEqualTo("ListenerSet");
    assertThat(set.apiVersion()).isEqualTo("gateway.networking.k8s.io/v1");
    assertRoundTrip(set, ListenerSet.class);
  }
}
