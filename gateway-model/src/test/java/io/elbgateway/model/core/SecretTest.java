/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.TestManifests;
import io.elbgateway.model.codec.ModelMappers;
import io.elbgateway.model.meta.ObjectMeta;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretTest {

  /** Every secret value in secret.yaml, encoded and decoded. */
  private static final List<String> SECRET_PARTS =
      List.of(
          "Y2FydC1jbGllbnQ",
          "czNjcjN0LXZhbHVlLTc3MjE",
          "cart-client",
          "s3cr3t-value-7721",
          "plain-text-hunter2",
          "clientSecret",
          "stringData");

  private final Secret secret = TestManifests.read("core/secret.yaml", Secret.class);

  @Test
  void keepsMetadataAndType() {
    assertThat(secret.metadata().name()).isEqualTo("oidc-client");
    assertThat(secret.metadata().namespace()).contains("shop");
    assertThat(secret.metadata().labels()).containsEntry("app", "cart");
    assertThat(secret.metadata().annotations()).containsEntry("owner", "team-payments");
    assertThat(secret.type()).isEqualTo("Opaque");
  }

  @Test
  void noSecretValueInToStringOrOutput() {
    String manifest = TestManifests.text("core/secret.yaml");
    assertThat(manifest).contains("czNjcjN0LXZhbHVlLTc3MjE", "plain-text-hunter2", "clientSecret");
    assertThat(new String(Base64.getDecoder().decode("czNjcjN0LXZhbHVlLTc3MjE=")))
        .isEqualTo("s3cr3t-value-7721");
    String yaml = ModelMappers.yaml().writeValueAsString(secret);
    String json = ModelMappers.json().writeValueAsString(secret);
    for (String part : SECRET_PARTS) {
      assertThat(secret.toString()).doesNotContain(part);
      assertThat(yaml).doesNotContain(part);
      assertThat(json).doesNotContain(part);
    }
  }

  @Test
  void dropsLastAppliedConfigurationAnnotation() {
    assertThat(secret.metadata().annotations()).doesNotContainKey(Secret.LAST_APPLIED_ANNOTATION);
    Secret built =
        Secret.builder()
            .metadata(
                ObjectMeta.builder()
                    .name("s")
                    .putAnnotation(Secret.LAST_APPLIED_ANNOTATION, "{\"data\":{\"k\":\"dmFs\"}}")
                    .build())
            .build();
    assertThat(built.metadata().annotations()).isEmpty();
    assertThat(built.toString()).doesNotContain("dmFs");
  }

  @Test
  void typeDefaultsToOpaqueAndTlsTypeIsKept() {
    Secret tls =
        ModelMappers.yaml()
            .readValue(
                "apiVersion: v1\nkind: Secret\nmetadata: {name: t, namespace: n}\n"
                    + "type: kubernetes.io/tls\ndata: {tls.key: a2V5}\n",
                Secret.class);
    assertThat(tls.type()).isEqualTo("kubernetes.io/tls");
    assertThat(ModelMappers.json().writeValueAsString(tls))
        .doesNotContain("a2V5")
        .doesNotContain("tls.key");
    assertThat(Secret.builder().metadata(ObjectMeta.of("n", "s")).build().type())
        .isEqualTo("Opaque");
  }

  @Test
  void roundTripsThroughYamlAndJson() {
    assertThat(CoreManifests.yamlRoundTrip(secret, Secret.class)).isEqualTo(secret);
    assertThat(CoreManifests.jsonRoundTrip(secret, Secret.class)).isEqualTo(secret);
  }
}
