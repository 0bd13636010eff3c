/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.TestManifests;
import io.elbgateway.model.codec.ModelMappers;
import io.elbgateway.model.meta.ObjectKey;
import org.junit.jupiter.api.Test;

class ServiceTest {

  private final Service service = TestManifests.read("core/service.yaml", Service.class);

  @Test
  void readsSpecFieldsFromManifest() {
    assertThat(service.key()).isEqualTo(ObjectKey.of("", "Service", "shop", "cart"));
    ServiceSpec spec = service.spec();
    assertThat(spec.type()).isEqualTo(ServiceType.LOAD_BALANCER);
    assertThat(spec.selector()).containsEntry("app", "cart");
    assertThat(spec.ipFamilies()).containsExactly(IpFamily.IPV4);
    assertThat(spec.ipFamilyPolicy()).contains(IpFamilyPolicy.SINGLE_STACK);
    assertThat(spec.externalTrafficPolicy()).contains(TrafficPolicy.LOCAL);
    assertThat(spec.healthCheckNodePort()).contains(32000);
    assertThat(spec.clusterIP()).contains("10.100.12.7");
    assertThat(spec.headless()).isFalse();
    assertThat(spec.ports()).hasSize(2);
  }

  @Test
  void readsNamedAndNumericTargetPorts() {
    ServicePort http = service.spec().port("http").orElseThrow();
    assertThat(http.protocol()).isEqualTo(PortProtocol.TCP);
    assertThat(http.targetPort()).contains(IntOrString.of("http"));
    assertThat(http.targetPort().orElseThrow().isInt()).isFalse();
    assertThat(http.nodePort()).contains(31080);
    assertThat(http.appProtocol()).contains("kubernetes.io/h2c");
    ServicePort metrics = service.spec().port(9090, PortProtocol.TCP).orElseThrow();
    assertThat(metrics.targetPort()).contains(IntOrString.of(9090));
  }

  @Test
  void roundTripsThroughYamlAndJson() {
    assertThat(CoreManifests.yamlRoundTrip(service, Service.class)).isEqualTo(service);
    assertThat(CoreManifests.jsonRoundTrip(service, Service.class)).isEqualTo(service);
  }

  @Test
  void writesTargetPortInItsOwnForm() {
    String json = ModelMappers.json().writeValueAsString(service);
    assertThat(json).contains("\"targetPort\":\"http\"").contains("\"targetPort\":9090");
  }

  @Test
  void defaultsMatchTheApiServer() {
    Service minimal =
        ModelMappers.yaml()
            .readValue(
                "apiVersion: v1\nkind: Service\nmetadata: {name: a, namespace: b}\n"
                    + "spec:\n  ports:\n    - port: 8080\n",
                Service.class);
    assertThat(minimal.spec().type()).isEqualTo(ServiceType.CLUSTER_IP);
    ServicePort port = minimal.spec().ports().get(0);
    assertThat(port.protocol()).isEqualTo(PortProtocol.TCP);
    assertThat(port.targetPort()).isEmpty();
    assertThat(port.effectiveTargetPort()).isEqualTo(IntOrString.of(8080));
  }

  @Test
  void headlessServiceIsRecognised() {
    Service headless =
        Service.builder()
            .metadata(io.elbgateway.model.meta.ObjectMeta.of("b", "a"))
            .spec(ServiceSpec.builder().clusterIP("None").build())
            .build();
    assertThat(headless.spec().headless()).isTrue();
    assertThat(headless.apiVersion()).isEqualTo("v1");
    assertThat(headless.kind()).isEqualTo("Service");
  }
}
