/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The spec of a Gateway: its class, listeners, requested addresses and gateway-wide settings. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableGatewaySpec.class)
@JsonDeserialize(as = ImmutableGatewaySpec.class)
public interface GatewaySpec {

  /** The name of the GatewayClass. */
  String gatewayClassName();

  /** 1 to 64 listeners, unique by name and by (port, protocol, hostname). */
  List<Listener> listeners();

  /** Requested addresses (at most 16); empty lets the implementation choose. */
  List<GatewaySpecAddress> addresses();

  /** Labels, annotations and parameters for the infrastructure created for this Gateway. */
  Optional<GatewayInfrastructure> infrastructure();

  /** Experimental: which ListenerSets may attach; absent allows none. */
  Optional<AllowedListeners> allowedListeners();

  /** Experimental: gateway-wide frontend (client certificate) and backend (client certificate) TLS. */
  Optional<GatewayTLSConfig> tls();

  /**
   * Experimental in v1.2/v1.3: the backend client certificate, which later moved to
   * {@code tls.backend}.
   */
  Optional<GatewayBackendTLS> backendTLS();

  /** Experimental (v1.4): makes this a default Gateway for routes that ask for one. */
  Optional<GatewayDefaultScope> defaultScope();

  /** A builder. */
  static ImmutableGatewaySpec.Builder builder() {
    return ImmutableGatewaySpec.builder();
  }
}
