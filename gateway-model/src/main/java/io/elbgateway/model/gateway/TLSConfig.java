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

/** Experimental: TLS settings that apply to several HTTPS listeners of a Gateway (today: client validation). */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTLSConfig.class)
@JsonDeserialize(as = ImmutableTLSConfig.class)
public interface TLSConfig {

  /** Client certificate validation (mutual TLS). */
  Optional<FrontendTLSValidation> validation();

  /** A builder. */
  static ImmutableTLSConfig.Builder builder() {
    return ImmutableTLSConfig.builder();
  }
}
