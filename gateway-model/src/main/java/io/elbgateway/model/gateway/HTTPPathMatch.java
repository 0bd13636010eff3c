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
 * Gateway API {@code HTTPPathMatch}: how a request path is matched; defaults to {@code PathPrefix}
 * {@code /}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHTTPPathMatch.class)
@JsonDeserialize(as = ImmutableHTTPPathMatch.class)
public interface HTTPPathMatch {

  @Value.Default
  default HTTPPathMatchType type() {
    return HTTPPathMatchType.PATH_PREFIX;
  }

  /**
   * The path (at most 1024 characters); for {@code Exact} and {@code PathPrefix} it starts with
   * {@code /}.
   */
  @Value.Default
  default String value() {
    return "/";
  }

  /** A builder. */
  static ImmutableHTTPPathMatch.Builder builder() {
    return ImmutableHTTPPathMatch.builder();
  }
}
