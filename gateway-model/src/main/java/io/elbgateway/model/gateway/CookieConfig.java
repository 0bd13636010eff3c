/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** Gateway API {@code CookieConfig}: the settings of cookie-based session persistence. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableCookieConfig.class)
@JsonDeserialize(as = ImmutableCookieConfig.class)
public interface CookieConfig {

  @Value.Default
  default CookieLifetimeType lifetimeType() {
    return CookieLifetimeType.SESSION;
  }

  /** A builder. */
  static ImmutableCookieConfig.Builder builder() {
    return ImmutableCookieConfig.builder();
  }
}
