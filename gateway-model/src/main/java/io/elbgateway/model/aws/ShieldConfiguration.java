/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** AWS Shield Advanced protection of an ALB ({@code spec.shieldConfiguration}). */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableShieldConfiguration.class)
@JsonDeserialize(as = ImmutableShieldConfiguration.class)
public interface ShieldConfiguration {

  /** Whether Shield Advanced protects the load balancer; unset means false. */
  Optional<Boolean> enabled();

  /** A builder. */
  static ImmutableShieldConfiguration.Builder builder() {
    return ImmutableShieldConfiguration.builder();
  }
}
