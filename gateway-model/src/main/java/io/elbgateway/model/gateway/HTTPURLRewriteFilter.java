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
 * Gateway API {@code HTTPURLRewriteFilter}: rewrites host and/or path while forwarding (Extended).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHTTPURLRewriteFilter.class)
@JsonDeserialize(as = ImmutableHTTPURLRewriteFilter.class)
public interface HTTPURLRewriteFilter {

  /** The new {@code Host} ({@code PreciseHostname}). */
  Optional<String> hostname();

  Optional<HTTPPathModifier> path();

  /** A builder. */
  static ImmutableHTTPURLRewriteFilter.Builder builder() {
    return ImmutableHTTPURLRewriteFilter.builder();
  }
}
