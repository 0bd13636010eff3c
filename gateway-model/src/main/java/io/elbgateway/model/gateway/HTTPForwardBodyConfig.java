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
 * Gateway API {@code ForwardBodyConfig}: how many body bytes an {@code ExternalAuth} filter sends
 * to the auth server; absent or 0 means none.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHTTPForwardBodyConfig.class)
@JsonDeserialize(as = ImmutableHTTPForwardBodyConfig.class)
public interface HTTPForwardBodyConfig {

  /** The largest body, in bytes, buffered and sent; at least 0. */
  Optional<Integer> maxSize();

  /** A builder. */
  static ImmutableHTTPForwardBodyConfig.Builder builder() {
    return ImmutableHTTPForwardBodyConfig.builder();
  }
}
