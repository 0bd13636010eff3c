/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.property;

/**
 * How a run derives each try from its seed: every try has its own seed and size, both computed from
 * the run's seed and the try's index alone, so a failure reproduces whatever the number of tries.
 */
final class Runs {

  /** The default largest {@link RandomSource#size()}. */
  static final int MAX_SIZE = 100;

  private Runs() {}

  /** The seed of try {@code index} (from 0) of a run with seed {@code seed}. */
  static long trySeed(long seed, int index) {
    long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The size of try {@code index}: rises from 1 to {@code maxSize}, then starts again. */
  static int size(int index, int maxSize) {
    return 1 + index % maxSize;
  }
}
