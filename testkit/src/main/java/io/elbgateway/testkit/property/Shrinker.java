/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.property;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongPredicate;

/**
 * Shrinks a failing choice sequence: edits it (deletes spans, zeroes spans, lowers single choices,
 * sorts spans, moves value from one choice to a later one), replays the generator on each edit and
 * keeps an edit when the property still fails in the same way and the sequence is smaller (shorter,
 * or equally long and lexicographically smaller). Stops when no pass improves, or at a bound on
 * steps or time.
 */
final class Shrinker<T> {

  /** What a replayed candidate gave: a value that still fails, with its choices and failure. */
  record Failing<T>(T value, long[] choices, Throwable cause) {}

  private final Function<long[], Optional<Failing<T>>> test;
  private final int maxSteps;
  private final long deadlineNanos;
  private final Map<Key, Boolean> seen = new HashMap<>();
  private Failing<T> best;
  private int steps;
  private String stoppedBy;

  /**
   * @param test replays choices; a value when they generate a value that fails in the same way
   * @param start the failing case found by the run
   */
  Shrinker(
      Function<long[], Optional<Failing<T>>> test, Failing<T> start, int maxSteps, long maxNanos) {
    this.test = test;
    this.best = start;
    this.maxSteps = maxSteps;
    this.deadlineNanos = System.nanoTime() + maxNanos;
  }

  Failing<T> best() {
    return best;
  }

  int steps() {
    return steps;
  }

  Optional<String> stoppedBy() {
    return Optional.ofNullable(stoppedBy);
  }

  void shrink() {
    boolean improved = true;
    while (improved && stoppedBy == null) {
      long[] before = best.choices();
      deleteChunks();
      zeroChunks();
      lowerEach();
      sortChunks();
      redistribute();
      improved = !Arrays.equals(before, best.choices());
    }
  }

  /** A copy of the best choices so far, free to edit. */
  private long[] current() {
    return best.choices().clone();
  }

  /** Whether {@code attempt} still fails; adopts its choices when they are smaller. */
  private boolean consider(long[] attempt) {
    if (Arrays.equals(attempt, best.choices())) {
      return true;
    }
    Key key = new Key(attempt);
    Boolean known = seen.get(key);
    if (known != null) {
      return known;
    }
    if (stoppedBy != null) {
      return false;
    }
    if (steps >= maxSteps) {
      stoppedBy = "the bound of " + maxSteps + " shrink steps";
      return false;
    }
    if (System.nanoTime() - deadlineNanos > 0) {
      stoppedBy = "the shrinking time bound";
      return false;
    }
    steps++;
    Optional<Failing<T>> result = test.apply(attempt);
    boolean failing = result.isPresent();
    seen.put(key, failing);
    if (failing && smaller(result.get().choices(), best.choices())) {
      best = result.get();
    }
    return failing;
  }

  private boolean replace(int index, long value) {
    long[] attempt = current();
    if (index >= attempt.length) {
      return false;
    }
    attempt[index] = value;
    return consider(attempt);
  }

  private void deleteChunks() {
    for (int k = 8; k > 0; k /= 2) {
      for (int i = best.choices().length - k; i >= 0 && stoppedBy == null; i--) {
        long[] now = current();
        if (i + k > now.length) {
          continue;
        }
        long[] attempt = new long[now.length - k];
        System.arraycopy(now, 0, attempt, 0, i);
        System.arraycopy(now, i + k, attempt, i, now.length - i - k);
        Failing<T> before = best;
        consider(attempt);
        if (best == before && i > 0 && attempt[i - 1] > 0) {
          // The choice before the span often counts what the span held (a length, a flag): without
          // the span, the edit only helps with that count lowered too.
          attempt[i - 1]--;
          consider(attempt);
        }
      }
    }
  }

  private void zeroChunks() {
    for (int k = 8; k > 1; k /= 2) {
      for (int i = best.choices().length - k; i >= 0 && stoppedBy == null; i--) {
        long[] attempt = current();
        if (i + k > attempt.length) {
          continue;
        }
        boolean nonZero = false;
        for (int j = i; j < i + k; j++) {
          nonZero |= attempt[j] != 0;
          attempt[j] = 0;
        }
        if (nonZero) {
          consider(attempt);
        }
      }
    }
  }

  private void lowerEach() {
    for (int i = best.choices().length - 1; i >= 0 && stoppedBy == null; i--) {
      final int index = i;
      if (index >= best.choices().length || best.choices()[index] == 0) {
        continue;
      }
      if (replace(index, 0)) {
        continue;
      }
      binarySearchDown(0, best.choices()[index], v -> replace(index, v));
      // Binary search assumes a monotone property; subtracting powers of two also finds minima a
      // filter scatters (the smallest odd value, say).
      boolean lowered = true;
      while (lowered && stoppedBy == null && index < best.choices().length) {
        lowered = false;
        long value = best.choices()[index];
        for (int bit = 62; bit >= 0 && !lowered; bit--) {
          long step = 1L << bit;
          if (value >= step) {
            lowered = replace(index, value - step) && best.choices()[index] < value;
          }
        }
      }
    }
  }

  private void sortChunks() {
    for (int k = 8; k > 1; k /= 2) {
      for (int i = best.choices().length - k; i >= 0 && stoppedBy == null; i--) {
        long[] attempt = current();
        if (i + k > attempt.length) {
          continue;
        }
        Arrays.sort(attempt, i, i + k);
        consider(attempt);
      }
    }
  }

  private void redistribute() {
    for (int k = 2; k > 0; k--) {
      for (int i = best.choices().length - 1 - k; i >= 0 && stoppedBy == null; i--) {
        int j = i + k;
        long[] now = current();
        if (j >= now.length || now[i] == 0) {
          continue;
        }
        long first = now[i];
        long second = now[j];
        final int a = i;
        binarySearchDown(
            0,
            first,
            v -> {
              long moved = first - v;
              if (second > Long.MAX_VALUE - moved) {
                return false;
              }
              long[] attempt = current();
              if (j >= attempt.length) {
                return false;
              }
              attempt[a] = v;
              attempt[j] = second + moved;
              return consider(attempt);
            });
      }
    }
  }

  /**
   * The smallest value in {@code [lo, hi]} for which {@code ok} holds, given that it holds at hi.
   */
  private void binarySearchDown(long lo, long hi, LongPredicate ok) {
    if (ok.test(lo)) {
      return;
    }
    while (lo + 1 < hi && stoppedBy == null) {
      long mid = lo + (hi - lo) / 2;
      if (ok.test(mid)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
  }

  /** Shortlex order: shorter first, then lexicographic. */
  static boolean smaller(long[] a, long[] b) {
    if (a.length != b.length) {
      return a.length < b.length;
    }
    return Arrays.compare(a, b) < 0;
  }

  private record Key(long[] choices) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && Arrays.equals(choices, key.choices);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(choices);
    }
  }
}
