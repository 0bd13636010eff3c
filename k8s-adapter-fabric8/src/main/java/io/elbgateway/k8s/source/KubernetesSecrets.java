/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s.source;

import io.elbgateway.model.elb.SecretReference;
import io.elbgateway.sync.resolve.ClientCredentials;
import io.elbgateway.sync.resolve.SecretResolver;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OIDC client credentials read from a Secret when a change that sends them is applied (keys
 * {@code clientID}, or the legacy {@code clientId}, and {@code clientSecret}, as AWS Load Balancer
 * Controller reads them). Secrets
 * are never watched or cached, and no value reaches a log line: only the Secret's name does.
 */
public final class KubernetesSecrets implements SecretResolver {

  private static final Logger LOG = LoggerFactory.getLogger(KubernetesSecrets.class);

  private final KubernetesClient client;

  /** Reads Secrets through {@code client}. */
  public KubernetesSecrets(KubernetesClient client) {
    this.client = client;
  }

  @Override
  public Optional<ClientCredentials> credentials(SecretReference ref) {
    Secret secret;
    try {
      secret = client.secrets().inNamespace(ref.namespace()).withName(ref.name()).get();
    } catch (KubernetesClientException e) {
      LOG.warn("Secret {}/{} cannot be read: HTTP {}", ref.namespace(), ref.name(), e.getCode());
      return Optional.empty();
    }
    if (secret == null) {
      return Optional.empty();
    }
    Optional<String> id = value(secret, "clientID").or(() -> value(secret, "clientId")); // clientId: the legacy key
    Optional<String> clientSecret = value(secret, "clientSecret");
    if (id.isEmpty() || clientSecret.isEmpty()) {
      LOG.warn("Secret {}/{} lacks the key clientID or clientSecret", ref.namespace(), ref.name());
      return Optional.empty();
    }
    return Optional.of(ClientCredentials.of(id.get(), clientSecret.get()));
  }

  private static Optional<String> value(Secret secret, String key) {
    Map<String, String> data = secret.getData();
    if (data != null && data.get(key) != null) {
      return Optional.of(new String(Base64.getDecoder().decode(data.get(key)), StandardCharsets.UTF_8));
    }
    Map<String, String> plain = secret.getStringData();
    return plain == null ? Optional.empty() : Optional.ofNullable(plain.get(key));
  }
}
