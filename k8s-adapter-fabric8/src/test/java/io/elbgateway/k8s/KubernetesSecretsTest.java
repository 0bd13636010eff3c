/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.k8s.source.KubernetesSecrets;
import io.elbgateway.model.elb.SecretReference;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * OIDC client credentials are read from the Secret when applying; the snapshot holds Secrets'
 * metadata and type only, never a value.
 */
class KubernetesSecretsTest {

  @Test
  void credentialsComeFromTheSecretsKeysAndNoValueEntersTheSnapshot() {
    try (ControllerHarness harness = new ControllerHarness()) {
      harness.client.secrets().inNamespace("apps").resource(new SecretBuilder()
          .withNewMetadata().withName("oidc").withNamespace("apps").endMetadata()
          .withData(Map.of("clientID", b64("my-client"), "clientSecret", b64("s3cr3t-value")))
          .build()).create();
      harness.client.secrets().inNamespace("apps").resource(new SecretBuilder()
          .withNewMetadata().withName("half").withNamespace("apps").endMetadata()
          .withData(Map.of("clientID", b64("only-id")))
          .build()).create();
      KubernetesSecrets secrets = new KubernetesSecrets(harness.client);

      assertThat(secrets.credentials(SecretReference.of("apps", "oidc"))).hasValueSatisfying(c -> {
        assertThat(c.clientId()).isEqualTo("my-client");
        assertThat(c.clientSecret()).isEqualTo("s3cr3t-value");
      });
      assertThat(secrets.credentials(SecretReference.of("apps", "half"))).isEmpty();
      assertThat(secrets.credentials(SecretReference.of("apps", "missing"))).isEmpty();

      GatewayController controller = harness.start(harness.controller(new Recorder()));
      assertThat(controller.snapshot().objects()).anyMatch(o -> o.kind().equals("Secret") && o.metadata().name().equals("oidc"));
      assertThat(controller.snapshot().objects().toString()).doesNotContain("s3cr3t").doesNotContain(b64("s3cr3t-value"));
      assertThat(controller.source().raw(io.elbgateway.model.meta.ObjectKey.of("", "Secret", "apps", "oidc")))
          .hasValueSatisfying(raw -> assertThat(raw.getAdditionalProperties()).doesNotContainKeys("data", "stringData"));
    }
  }

  private static String b64(String value) {
    return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
  }
}
