/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.property;

import java.util.Objects;

/**
 * A generator with a weight, for {@link Gen#frequency}: a generator of weight 3 is picked three
 * times as often as one of weight 1. The first generator given is the one failures shrink to.
 */
public record Weighted<T>(int weight, Gen<? extends T> gen) {

  /** Checks that the weight is positive. */
  public Weighted {
    if (weight <= 0) {
      throw new IllegalArgumentException("weight must be positive: " + weight);
    }
    Objects.requireNonNull(gen, "gen");
  }

  /** {@code gen} with weight {@code weight}. */
  public static <T> Weighted<T> of(int weight, Gen<? extends T> gen) {
    return new Weighted<>(weight, gen);
  }
}
