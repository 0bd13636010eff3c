/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Gateway API {@code HTTPHeaderMatch}: a request header that must have a value. Header names are
 * case-insensitive.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHTTPHeaderMatch.class)
@JsonDeserialize(as = ImmutableHTTPHeaderMatch.class)
public interface HTTPHeaderMatch {

  @Value.Default
  default HTTPHeaderMatchType type() {
    return HTTPHeaderMatchType.EXACT;
  }

  /** The header name ({@code HTTPHeaderName}, 1-256 token characters). */
  String name();

  /** The value to match, 1-4096 characters. */
  String value();

  /** A builder. */
  static ImmutableHTTPHeaderMatch.Builder builder() {
    return ImmutableHTTPHeaderMatch.builder();
  }
}
