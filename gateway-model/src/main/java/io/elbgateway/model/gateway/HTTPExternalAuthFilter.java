/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.BackendObjectReference;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Gateway API {@code HTTPExternalAuthFilter} (experimental, GEP-1494): asks an external service to
 * authenticate (and maybe authorize) each request; fails closed.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHTTPExternalAuthFilter.class)
@JsonDeserialize(as = ImmutableHTTPExternalAuthFilter.class)
public interface HTTPExternalAuthFilter {

  /**
   * The auth protocol; {@link #grpc()} goes with {@code GRPC}, {@link #http()} with {@code HTTP}.
   */
  HTTPRouteExternalAuthProtocol protocol();

  /** The auth service. */
  BackendObjectReference backendRef();

  /** Settings for an Envoy ext_authz gRPC server. */
  Optional<GRPCAuthConfig> grpc();

  /** Settings for an HTTP auth server. */
  Optional<HTTPAuthConfig> http();

  /** Whether and how much of the request body goes to the auth server. */
  Optional<HTTPForwardBodyConfig> forwardBody();

  /** A builder. */
  static ImmutableHTTPExternalAuthFilter.Builder builder() {
    return ImmutableHTTPExternalAuthFilter.builder();
  }
}
