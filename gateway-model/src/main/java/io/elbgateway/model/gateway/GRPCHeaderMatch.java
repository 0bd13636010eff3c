/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** Gateway API {@code GRPCHeaderMatch}: a request header (metadata) that must have a value. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableGRPCHeaderMatch.class)
@JsonDeserialize(as = ImmutableGRPCHeaderMatch.class)
public interface GRPCHeaderMatch {

  @Value.Default
  default GRPCHeaderMatchType type() {
    return GRPCHeaderMatchType.EXACT;
  }

  /** The header name (1-256 token characters, case-insensitive). */
  String name();

  /** The value to match, 1-4096 characters. */
  String value();

  /** A builder. */
  static ImmutableGRPCHeaderMatch.Builder builder() {
    return ImmutableGRPCHeaderMatch.builder();
  }
}
