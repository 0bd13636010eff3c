/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.elbgateway.model.ModelStyle;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** Experimental: client certificate validation for a Gateway, by default and per port. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableFrontendTLSConfig.class)
@JsonDeserialize(as = ImmutableFrontendTLSConfig.class)
public interface FrontendTLSConfig {

  /** The settings for every HTTPS listener without a per-port override. */
  @JsonProperty("default")
  TLSConfig defaultConfig();

  /** Per-port overrides (at most 64, ports unique). */
  List<TLSPortConfig> perPort();

  /** A builder. */
  static ImmutableFrontendTLSConfig.Builder builder() {
    return ImmutableFrontendTLSConfig.builder();
  }
}
