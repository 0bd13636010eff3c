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
 * The codes a health check accepts as healthy: HTTP codes ({@code 200-399}, {@code 200,202}) or
 * gRPC codes ({@code 0-99}).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHealthCheckMatcher.class)
@JsonDeserialize(as = ImmutableHealthCheckMatcher.class)
public interface HealthCheckMatcher {

  /** HTTP status codes, a list or a range. */
  Optional<String> httpCode();

  /** gRPC status codes, a list or a range. */
  Optional<String> grpcCode();

  /** A builder. */
  static ImmutableHealthCheckMatcher.Builder builder() {
    return ImmutableHealthCheckMatcher.builder();
  }
}
