/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Gateway API {@code GRPCAuthConfig}: the gRPC (ext_authz) settings of an {@code ExternalAuth}
 * filter.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableGRPCAuthConfig.class)
@JsonDeserialize(as = ImmutableGRPCAuthConfig.class)
public interface GRPCAuthConfig {

  /** Request headers sent to the auth server (all when empty); at most 64. */
  List<String> allowedHeaders();

  /** A builder. */
  static ImmutableGRPCAuthConfig.Builder builder() {
    return ImmutableGRPCAuthConfig.builder();
  }
}
