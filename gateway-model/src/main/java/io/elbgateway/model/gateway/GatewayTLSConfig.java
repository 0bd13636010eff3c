/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** Experimental Gateway-wide TLS: the client side towards backends and client validation at the frontend. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableGatewayTLSConfig.class)
@JsonDeserialize(as = ImmutableGatewayTLSConfig.class)
public interface GatewayTLSConfig {

  /** TLS settings for connections from the Gateway to backends. */
  Optional<GatewayBackendTLS> backend();

  /** Client certificate validation for connections to the Gateway. */
  Optional<FrontendTLSConfig> frontend();

  /** A builder. */
  static ImmutableGatewayTLSConfig.Builder builder() {
    return ImmutableGatewayTLSConfig.builder();
  }
}
