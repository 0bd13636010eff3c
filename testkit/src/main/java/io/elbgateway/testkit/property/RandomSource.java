/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.property;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The source of every random decision a {@link Gen} makes, and the record of those decisions.
 *
 * <p>Each draw is a choice: a number between {@code 0} and a bound, where {@code 0} is the simplest
 * answer. While a property runs, choices come from a seeded pseudo-random generator; while a
 * failure shrinks, they come from an edited copy of the recorded sequence, and draws beyond its end
 * answer {@code 0}. A custom generator only has to draw through this class (directly or through
 * other generators) to shrink and to reproduce from a seed.
 *
 * <p>Instances are created by the engine; a generator receives one and must not keep it.
 */
public final class RandomSource {

  /** At most this many choices make one value; more means a generator that does not stop. */
  static final int MAX_CHOICES = 100_000;

  private final SplittableRandom random;
  private final long[] prefix;
  private final int size;
  private long[] recorded = new long[16];
  private int count;

  private RandomSource(SplittableRandom random, long[] prefix, int size) {
    this.random = random;
    this.prefix = prefix;
    this.size = size;
  }

  /** A source that draws fresh choices from a generator seeded with {@code seed}. */
  static RandomSource random(long seed, int size) {
    return new RandomSource(new SplittableRandom(seed), new long[0], size);
  }

  /** A source that replays {@code choices}, answering {@code 0} after their end. */
  static RandomSource replay(long[] choices, int size) {
    return new RandomSource(null, choices, size);
  }

  /**
   * The size of the value being generated, from {@code 1} upward: collections use it to grow over a
   * run, so that early tries are small.
   */
  public int size() {
    return size;
  }

  /** Draws a choice in {@code [0, max]}; smaller is simpler. */
  public long draw(long max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative: " + max);
    }
    long value;
    if (random != null) {
      value = max == Long.MAX_VALUE ? random.nextLong() >>> 1 : random.nextLong(max + 1);
    } else {
      value = count < prefix.length ? prefix[count] : 0;
      if (value > max) {
        throw InvalidChoices.INSTANCE;
      }
    }
    record(value);
    return value;
  }

  /**
   * Draws a boolean that is {@code true} with probability {@code probabilityTrue}; {@code false} is
   * the simpler answer.
   */
  public boolean drawBoolean(double probabilityTrue) {
    if (random == null) {
      return draw(1) == 1;
    }
    long value = random.nextDouble() < probabilityTrue ? 1 : 0;
    record(value);
    return value == 1;
  }

  /**
   * Draws a long in {@code [min, max]}, uniformly; values closer to zero are simpler, so a range
   * that contains zero shrinks to zero and any other range shrinks to the bound nearest zero.
   */
  public long drawLong(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException("min " + min + " is greater than max " + max);
    }
    if (min >= 0) {
      return min + draw(max - min);
    }
    if (max < 0) {
      return max - draw(max - min);
    }
    // min < 0 <= max: a sign, then a magnitude, each shrinking toward zero.
    double negatives = -(double) min;
    boolean negative = drawBoolean(negatives / (negatives + (double) max + 1));
    return negative ? -1 - draw(-1 - min) : draw(max);
  }

  /** Draws an int in {@code [min, max]}, as {@link #drawLong}. */
  public int drawInt(int min, int max) {
    return (int) drawLong(min, max);
  }

  /** The choices drawn so far. */
  long[] choices() {
    return Arrays.copyOf(recorded, count);
  }

  private void record(long value) {
    if (count >= MAX_CHOICES) {
      if (random == null) {
        throw InvalidChoices.INSTANCE;
      }
      throw new GenerationException(
          "a generator drew more than "
              + MAX_CHOICES
              + " random choices for one value; bound its"
              + " collections and recursion");
    }
    if (count == recorded.length) {
      recorded = Arrays.copyOf(recorded, count * 2);
    }
    recorded[count++] = value;
  }
}
