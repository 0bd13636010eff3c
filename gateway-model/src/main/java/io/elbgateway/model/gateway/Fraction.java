/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Gateway API {@code Fraction}: {@code numerator / denominator}, with the denominator 100 unless
 * given and the numerator at most the denominator.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableFraction.class)
@JsonDeserialize(as = ImmutableFraction.class)
public interface Fraction {

  int numerator();

  @Value.Default
  default int denominator() {
    return 100;
  }

  /** A builder. */
  static ImmutableFraction.Builder builder() {
    return ImmutableFraction.builder();
  }
}
