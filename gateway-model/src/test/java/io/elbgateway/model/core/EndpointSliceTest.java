/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.TestManifests;
import io.elbgateway.model.meta.ObjectKey;
import org.junit.jupiter.api.Test;

class EndpointSliceTest {

  private final EndpointSlice slice = TestManifests.read("core/endpointslice.yaml", EndpointSlice.class);

  @Test
  void readsSliceFields() {
    assertThat(slice.key())
        .isEqualTo(ObjectKey.of("discovery.k8s.io", "EndpointSlice", "shop", "cart-7xk2p"));
    assertThat(slice.addressType()).isEqualTo(AddressType.IPV4);
    assertThat(slice.serviceName()).contains("cart");
    assertThat(slice.endpoints()).hasSize(3);
    assertThat(slice.port("http").orElseThrow().port()).contains(8080);
    assertThat(slice.port("http").orElseThrow().appProtocol()).contains("kubernetes.io/h2c");
    assertThat(slice.port("grpc")).isEmpty();
  }

  @Test
  void readsReadyEndpoint() {
    Endpoint ready = slice.endpoints().get(0);
    assertThat(ready.addresses()).containsExactly("192.168.10.21");
    assertThat(ready.conditions().effectiveReady()).isTrue();
    assertThat(ready.zone()).contains("us-west-2a");
    assertThat(ready.nodeName()).contains("ip-192-168-10-5.us-west-2.compute.internal");
    EndpointTargetReference pod = ready.targetRef().orElseThrow();
    assertThat(pod.kind()).contains("Pod");
    assertThat(pod.name()).contains("cart-6f7c9d8b5-abcde");
    assertThat(pod.uid()).contains("0c2b3f1e-8d6a-4b7c-9e0f-1a2b3c4d5e6f");
  }

  @Test
  void readsTerminatingEndpointAsNotReadyButServing() {
    EndpointConditions conditions = slice.endpoints().get(1).conditions();
    assertThat(conditions.ready()).contains(false);
    assertThat(conditions.effectiveReady()).isFalse();
    assertThat(conditions.effectiveServing()).isTrue();
    assertThat(conditions.effectiveTerminating()).isTrue();
  }

  @Test
  void absentConditionsFollowKubernetesDefaults() {
    EndpointConditions conditions = slice.endpoints().get(2).conditions();
    assertThat(conditions.ready()).isEmpty();
    assertThat(conditions.effectiveReady()).isTrue();
    assertThat(conditions.effectiveServing()).isTrue();
    assertThat(conditions.effectiveTerminating()).isFalse();
  }

  @Test
  void unnamedPortDefaultsToEmptyNameAndTcp() {
    EndpointPort port = EndpointPort.builder().port(80).build();
    assertThat(port.name()).isEmpty();
    assertThat(port.protocol()).isEqualTo(PortProtocol.TCP);
  }

  @Test
  void roundTripsThroughYamlAndJson() {
    assertThat(CoreManifests.yamlRoundTrip(slice, EndpointSlice.class)).isEqualTo(slice);
    assertThat(CoreManifests.jsonRoundTrip(slice, EndpointSlice.class)).isEqualTo(slice);
  }
}
