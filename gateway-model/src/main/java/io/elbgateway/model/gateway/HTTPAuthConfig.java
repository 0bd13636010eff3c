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

/** Gateway API {@code HTTPAuthConfig}: the HTTP settings of an {@code ExternalAuth} filter. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHTTPAuthConfig.class)
@JsonDeserialize(as = ImmutableHTTPAuthConfig.class)
public interface HTTPAuthConfig {

  /** A prefix added to the request path sent to the auth server (at most 1024 characters). */
  Optional<String> path();

  /** Extra request headers sent to the auth server; at most 64. */
  List<String> allowedHeaders();

  /** Auth response headers copied into the forwarded request (all when empty); at most 64. */
  List<String> allowedResponseHeaders();

  /** A builder. */
  static ImmutableHTTPAuthConfig.Builder builder() {
    return ImmutableHTTPAuthConfig.builder();
  }
}
