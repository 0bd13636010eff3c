/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.TestManifests;
import io.elbgateway.model.meta.ObjectKey;
import org.junit.jupiter.api.Test;

class NamespaceTest {

  private final Namespace namespace = TestManifests.read("core/namespace.yaml", Namespace.class);

  @Test
  void readsNameAndLabels() {
    assertThat(namespace.key()).isEqualTo(ObjectKey.of("", "Namespace", "", "shop"));
    assertThat(namespace.metadata().labels())
        .containsEntry("kubernetes.io/metadata.name", "shop")
        .containsEntry("shared-gateway-access", "true")
        .containsEntry("team", "payments");
  }

  @Test
  void roundTripsThroughYamlAndJson() {
    assertThat(CoreManifests.yamlRoundTrip(namespace, Namespace.class)).isEqualTo(namespace);
    assertThat(CoreManifests.jsonRoundTrip(namespace, Namespace.class)).isEqualTo(namespace);
  }
}
