/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.gen;

import io.elbgateway.testkit.property.RandomSource;
import java.util.List;

/**
 * The small decisions the domain generators make, each drawn from the {@link RandomSource} so that
 * it shrinks: a chance shrinks to "no", a pick to the first option, a count to its minimum.
 */
final class Choices {

  private Choices() {}

  /** True with probability {@code p}; shrinks to false. */
  static boolean chance(RandomSource source, double p) {
    return source.drawBoolean(p);
  }

  /** One of {@code options}; shrinks to the first. */
  static <T> T pick(RandomSource source, List<T> options) {
    return options.get((int) source.draw(options.size() - 1));
  }

  /** An index below {@code bound}; shrinks to 0. */
  static int index(RandomSource source, int bound) {
    return (int) source.draw(bound - 1);
  }

  /**
   * Whether a list of {@code count} items gets another one: always below {@code min}, never at
   * {@code max}, else with probability {@code p}. One choice per extra item, so shrinking that
   * choice to 0 ends the list there.
   */
  static boolean more(RandomSource source, int count, int min, int max, double p) {
    if (count < min) {
      return true;
    }
    if (count >= max) {
      return false;
    }
    return source.drawBoolean(p);
  }

  /** Flips the case of every letter at an even index (so at least the first letter changes). */
  static String flipCase(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (i % 2 == 0 || !Character.isLetter(text.charAt(0))) {
        c = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
      }
      out.append(c);
    }
    return out.toString();
  }
}
