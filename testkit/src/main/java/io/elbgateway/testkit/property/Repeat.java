/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.property;

/**
 * How collections decide their length: one "one more?" choice before each element past the minimum,
 * so that deleting an element's choices deletes the element and shrinking a flag to {@code 0} ends
 * the collection there.
 */
final class Repeat {

  private Repeat() {}

  /** Whether a collection holding {@code count} elements gets another one. */
  static boolean more(RandomSource source, int count, int min, int max) {
    if (count < min) {
      return true;
    }
    int cap = (int) Math.min(max, (long) min + source.size());
    if (count >= cap) {
      return false;
    }
    double expectedExtra = (cap - min) / 2.0;
    return source.drawBoolean(expectedExtra / (expectedExtra + 1));
  }

  static void checkBounds(int min, int max) {
    if (min < 0 || min > max) {
      throw new IllegalArgumentException("need 0 <= min <= max, got min " + min + ", max " + max);
    }
  }
}
