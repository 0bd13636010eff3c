/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** Experimental: frontend TLS settings for the HTTPS listeners on one port. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTLSPortConfig.class)
@JsonDeserialize(as = ImmutableTLSPortConfig.class)
public interface TLSPortConfig {

  /** The port, 1 to 65535. */
  int port();

  TLSConfig tls();

  /** A builder. */
  static ImmutableTLSPortConfig.Builder builder() {
    return ImmutableTLSPortConfig.builder();
  }
}
