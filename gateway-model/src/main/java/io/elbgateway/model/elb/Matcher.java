/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The health check success codes of a target group ({@code Matcher}): HTTP codes ({@code 200},
 * {@code 200,202}, {@code 200-299}) or gRPC codes.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableMatcher.class)
@JsonDeserialize(as = ImmutableMatcher.class)
public interface Matcher {

  @JsonProperty("HttpCode")
  Optional<String> httpCode();

  @JsonProperty("GrpcCode")
  Optional<String> grpcCode();

  /** HTTP success codes. */
  static Matcher httpCode(String codes) {
    return builder().httpCode(codes).build();
  }

  /** gRPC success codes. */
  static Matcher grpcCode(String codes) {
    return builder().grpcCode(codes).build();
  }

  /** A builder. */
  static ImmutableMatcher.Builder builder() {
    return ImmutableMatcher.builder();
  }
}
