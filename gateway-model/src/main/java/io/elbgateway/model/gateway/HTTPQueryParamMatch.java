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
 * Gateway API {@code HTTPQueryParamMatch}: a query parameter that must have a value. Names match
 * exactly (case-sensitive).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHTTPQueryParamMatch.class)
@JsonDeserialize(as = ImmutableHTTPQueryParamMatch.class)
public interface HTTPQueryParamMatch {

  @Value.Default
  default HTTPQueryParamMatchType type() {
    return HTTPQueryParamMatchType.EXACT;
  }

  /** The parameter name (1-256 token characters). */
  String name();

  /** The value to match, 1-1024 characters. */
  String value();

  /** A builder. */
  static ImmutableHTTPQueryParamMatch.Builder builder() {
    return ImmutableHTTPQueryParamMatch.builder();
  }
}
