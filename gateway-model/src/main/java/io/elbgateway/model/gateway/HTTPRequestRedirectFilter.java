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

/**
 * Gateway API {@code HTTPRequestRedirectFilter}: answers the request with a redirect. Unset parts
 * keep the request's scheme, host, path and (derived) port.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHTTPRequestRedirectFilter.class)
@JsonDeserialize(as = ImmutableHTTPRequestRedirectFilter.class)
public interface HTTPRequestRedirectFilter {

  Optional<HTTPRedirectScheme> scheme();

  /** The host of the {@code Location} ({@code PreciseHostname}). */
  Optional<String> hostname();

  Optional<HTTPPathModifier> path();

  /**
   * The port of the {@code Location}, 1-65535; when unset it derives from the scheme or the
   * listener.
   */
  Optional<Integer> port();

  /**
   * The status code: 301 or 302 (Core), 303, 307 or 308 (Extended, from v1.5); 302 when the
   * manifest has none.
   */
  @Value.Default
  default int statusCode() {
    return 302;
  }

  /** A builder. */
  static ImmutableHTTPRequestRedirectFilter.Builder builder() {
    return ImmutableHTTPRequestRedirectFilter.builder();
  }
}
