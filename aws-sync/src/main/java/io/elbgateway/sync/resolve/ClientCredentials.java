/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.resolve;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;

/**
 * An OIDC client's ID and secret, read from a Kubernetes Secret at apply time. {@link #toString()}
 * never shows the secret, so a stray log line cannot leak it.
 */
@Value.Immutable
@ModelStyle
public abstract class ClientCredentials {

  /** The OIDC client ID. */
  @Value.Parameter
  public abstract String clientId();

  /** The OIDC client secret. */
  @Value.Parameter
  @Value.Redacted
  public abstract String clientSecret();

  /** Credentials. */
  public static ClientCredentials of(String clientId, String clientSecret) {
    return ImmutableClientCredentials.of(clientId, clientSecret);
  }
}
