/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.meta.KindDescriptor;
import io.elbgateway.model.meta.ObjectMeta;
import org.junit.jupiter.api.Test;

class CoreKindsTest {

  @Test
  void listsEveryCoreKindWithGroupAndScope() {
    assertThat(CoreKinds.ALL)
        .extracting(KindDescriptor::kind)
        .containsExactly("Namespace", "Service", "EndpointSlice", "Node", "Secret");
    assertThat(CoreKinds.ALL)
        .filteredOn(KindDescriptor::namespaced)
        .extracting(KindDescriptor::kind)
        .containsExactly("Service", "EndpointSlice", "Secret");
    assertThat(CoreKinds.ENDPOINT_SLICE.preferredApiVersion()).isEqualTo("discovery.k8s.io/v1");
    assertThat(CoreKinds.SERVICE.preferredApiVersion()).isEqualTo("v1");
    assertThat(CoreKinds.SERVICE.servesApiVersion("v1")).isTrue();
    assertThat(CoreKinds.ENDPOINT_SLICE.servesApiVersion("v1")).isFalse();
  }

  @Test
  void descriptorsMatchTheDefaultsOfTheirTypes() {
    ObjectMeta meta = ObjectMeta.of("n", "x");
    assertThat(Namespace.builder().metadata(meta).build().apiVersion())
        .isEqualTo(CoreKinds.NAMESPACE.preferredApiVersion());
    assertThat(Node.builder().metadata(meta).build().kind()).isEqualTo(CoreKinds.NODE.kind());
    EndpointSlice slice =
        EndpointSlice.builder().metadata(meta).addressType(AddressType.IPV4).build();
    assertThat(slice.apiVersion()).isEqualTo(CoreKinds.ENDPOINT_SLICE.preferredApiVersion());
    assertThat(slice.group()).isEqualTo(CoreKinds.ENDPOINT_SLICE.group());
    for (KindDescriptor kind : CoreKinds.ALL) {
      assertThat(kind.type().getSimpleName()).isEqualTo(kind.kind());
    }
  }
}
