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

/**
 * The status the controller writes on a {@code ListenerRuleConfiguration}: whether it is usable
 * (e.g. its OIDC Secret exists).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableListenerRuleConfigurationStatus.class)
@JsonDeserialize(as = ImmutableListenerRuleConfigurationStatus.class)
public interface ListenerRuleConfigurationStatus {

  /** The spec generation this status describes. */
  Optional<Long> observedGeneration();

  /** Whether the configuration is valid and usable. */
  Optional<Boolean> accepted();

  /** Details, e.g. why it is not accepted. */
  Optional<String> message();

  /** A builder. */
  static ImmutableListenerRuleConfigurationStatus.Builder builder() {
    return ImmutableListenerRuleConfigurationStatus.builder();
  }
}
