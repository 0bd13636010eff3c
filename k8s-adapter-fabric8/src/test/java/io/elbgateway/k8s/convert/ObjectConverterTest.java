/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s.convert;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.HTTPRoute;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Test;

class ObjectConverterTest {

  private final KubernetesSerialization serialization = new KubernetesSerialization();
  private final ObjectConverter converter = new ObjectConverter(serialization);

  @Test
  void anOlderServedVersionConvertsIntoTheModelAndVolatileFieldsAreDropped() {
    GenericKubernetesResource gateway = read(
        "{\"apiVersion\":\"gateway.networking.k8s.io/v1beta1\",\"kind\":\"Gateway\","
            + "\"metadata\":{\"name\":\"web\",\"namespace\":\"apps\",\"generation\":3,\"resourceVersion\":\"42\","
            + "\"managedFields\":[{\"manager\":\"kubectl\"}]},"
            + "\"spec\":{\"gatewayClassName\":\"alb\",\"listeners\":[{\"name\":\"http\",\"protocol\":\"HTTP\",\"port\":80}]},"
            + "\"status\":{\"conditions\":[{\"type\":\"Accepted\",\"status\":\"True\",\"reason\":\"Accepted\"}]}}");

    Conversion conversion = converter.convert(gateway);

    assertThat(conversion.problems()).isEmpty();
    assertThat(conversion.object()).hasValueSatisfying(o -> {
      assertThat(o).isInstanceOf(Gateway.class);
      Gateway g = (Gateway) o;
      assertThat(g.spec().listeners()).singleElement().satisfies(l -> assertThat(l.port()).isEqualTo(80));
      assertThat(g.metadata().generation()).contains(3L);
      // A status write or a new resourceVersion must not look like a change to the translation.
      assertThat(g.metadata().resourceVersion()).isEmpty();
      assertThat(g.status()).isEmpty();
    });
  }

  @Test
  void anObjectTheSchemaRefusesIsLeftOutWithItsFieldNamed() {
    GenericKubernetesResource route = read(
        "{\"apiVersion\":\"gateway.networking.k8s.io/v1\",\"kind\":\"HTTPRoute\","
            + "\"metadata\":{\"name\":\"bad\",\"namespace\":\"apps\"},"
            + "\"spec\":{\"parentRefs\":[{\"name\":\"web\"}],\"rules\":[{\"matches\":[{\"path\":{\"type\":\"PathPrefix\",\"value\":\"nope\"}}]}]}}");

    Conversion conversion = converter.convert(route);

    assertThat(conversion.object()).isEmpty();
    assertThat(conversion.problems()).singleElement().satisfies(p ->
        assertThat(p).startsWith("HTTPRoute apps/bad .spec.rules[0].matches[0].path").contains("/"));
  }

  @Test
  void aValidRouteConverts() {
    GenericKubernetesResource route = read(
        "{\"apiVersion\":\"gateway.networking.k8s.io/v1\",\"kind\":\"HTTPRoute\","
            + "\"metadata\":{\"name\":\"ok\",\"namespace\":\"apps\"},"
            + "\"spec\":{\"parentRefs\":[{\"name\":\"web\"}],\"rules\":[{\"backendRefs\":[{\"name\":\"svc\",\"port\":80}]}]}}");
    assertThat(converter.convert(route).object()).hasValueSatisfying(o -> assertThat(o).isInstanceOf(HTTPRoute.class));
  }

  private GenericKubernetesResource read(String json) {
    return serialization.unmarshal(json, GenericKubernetesResource.class);
  }
}
