/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.core;

import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The state of an {@link Endpoint}. Each condition may be absent; the {@code effective*} methods
 * apply the Kubernetes rule for that case: absent {@code ready} and {@code serving} mean true,
 * absent {@code terminating} means false.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableEndpointConditions.class)
@JsonDeserialize(as = ImmutableEndpointConditions.class)
public interface EndpointConditions {

  /** Whether the endpoint is ready for traffic; never true while it terminates. */
  Optional<Boolean> ready();

  /** Whether the endpoint can serve traffic, set regardless of terminating. */
  Optional<Boolean> serving();

  /** Whether the endpoint is shutting down. */
  Optional<Boolean> terminating();

  /** {@link #ready()}, absent meaning ready. */
  default boolean effectiveReady() {
    return ready().orElse(true);
  }

  /** {@link #serving()}, absent meaning serving. */
  default boolean effectiveServing() {
    return serving().orElse(true);
  }

  /** {@link #terminating()}, absent meaning not terminating. */
  default boolean effectiveTerminating() {
    return terminating().orElse(false);
  }

  /** A builder. */
  static ImmutableEndpointConditions.Builder builder() {
    return ImmutableEndpointConditions.builder();
  }
}
