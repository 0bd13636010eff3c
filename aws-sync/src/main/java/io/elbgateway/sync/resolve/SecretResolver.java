/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.resolve;

import io.elbgateway.model.elb.SecretReference;
import java.util.Optional;

/**
 * Reads the OIDC client credentials a rule's authenticate-oidc action names. The engine asks only
 * while applying a change that sends them, and keeps the answer nowhere but in that request: a
 * {@code Plan} never holds a secret. The Kubernetes adapter reads Secrets (keys {@code clientID}
 * and {@code clientSecret}, as AWS Load Balancer Controller expects).
 */
@FunctionalInterface
public interface SecretResolver {

  /** The credentials in the Secret, or empty when it does not exist or lacks a key. */
  Optional<ClientCredentials> credentials(SecretReference secret);

  /** A resolver that knows no Secret: every OIDC action fails with a message naming the Secret. */
  static SecretResolver none() {
    return secret -> Optional.empty();
  }
}
