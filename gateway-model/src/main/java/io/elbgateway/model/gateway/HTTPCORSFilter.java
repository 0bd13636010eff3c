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

/**
 * Gateway API {@code HTTPCORSFilter}: answers CORS preflights and adds CORS response headers
 * (Extended; experimental in v1.3/v1.4).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHTTPCORSFilter.class)
@JsonDeserialize(as = ImmutableHTTPCORSFilter.class)
public interface HTTPCORSFilter {

  /**
   * Allowed origins ({@code scheme://host[:port]}, host may hold {@code *}), or just {@code *}; at
   * most 64.
   */
  List<String> allowOrigins();

  Optional<Boolean> allowCredentials();

  /** Allowed methods, or just {@code *}; at most 9. */
  List<HTTPMethodWithWildcard> allowMethods();

  /** Allowed request headers, or just {@code *}; at most 64. */
  List<String> allowHeaders();

  /** Response headers exposed to scripts; at most 64. */
  List<String> exposeHeaders();

  /**
   * How long (seconds, at least 1) a client may cache a preflight result; 5 when the manifest has
   * none.
   */
  @Value.Default
  default int maxAge() {
    return 5;
  }

  /** A builder. */
  static ImmutableHTTPCORSFilter.Builder builder() {
    return ImmutableHTTPCORSFilter.builder();
  }
}
