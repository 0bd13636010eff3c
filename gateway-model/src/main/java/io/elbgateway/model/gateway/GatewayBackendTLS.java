/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.SecretObjectReference;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** Experimental: the client certificate a Gateway presents when it connects to backends over TLS. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableGatewayBackendTLS.class)
@JsonDeserialize(as = ImmutableGatewayBackendTLS.class)
public interface GatewayBackendTLS {

  /** A Secret (or implementation-specific object) with {@code tls.crt} and {@code tls.key}. */
  Optional<SecretObjectReference> clientCertificateRef();

  /** A builder. */
  static ImmutableGatewayBackendTLS.Builder builder() {
    return ImmutableGatewayBackendTLS.builder();
  }
}
