/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.property;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link Statistics} recorded during a run: for each classification label, how many tries hit
 * it; for each collected value, how often it came.
 */
public final class StatisticsReport {

  private final int tries;
  private final Map<String, Long> classes;
  private final Map<String, Long> collected;

  StatisticsReport(int tries, Map<String, Long> classes, Map<String, Long> collected) {
    this.tries = tries;
    this.classes = Collections.unmodifiableMap(new LinkedHashMap<>(classes));
    this.collected = Collections.unmodifiableMap(new LinkedHashMap<>(collected));
  }

  /** The number of tries that completed (and were counted). */
  public int tries() {
    return tries;
  }

  /** Each classification label, in the order first seen, with the number of tries that hit it. */
  public Map<String, Long> classifications() {
    return classes;
  }

  /** Each collected value's string form, in the order first seen, with how often it came. */
  public Map<String, Long> collected() {
    return collected;
  }

  /** The share (0 to 1) of tries classified under {@code label}; 0 for an unknown label. */
  public double share(String label) {
    return tries == 0 ? 0 : classes.getOrDefault(label, 0L) / (double) tries;
  }

  /** Whether nothing was classified or collected. */
  public boolean isEmpty() {
    return classes.isEmpty() && collected.isEmpty();
  }

  /**
   * The report as text: one line per label ({@code 37.5% (75 of 200 tries) a non-default rule}),
   * then the collected values, most frequent first.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    if (!classes.isEmpty()) {
      text.append("classified over ").append(tries).append(" tries:\n");
      classes.forEach(
          (label, count) ->
              text.append(
                  String.format(Locale.ROOT, "  %5.1f%% (%d) %s%n", percent(count), count, label)));
    }
    if (!collected.isEmpty()) {
      long total = collected.values().stream().mapToLong(Long::longValue).sum();
      text.append("collected ").append(total).append(" values:\n");
      List<Map.Entry<String, Long>> entries = new ArrayList<>(collected.entrySet());
      entries.sort(Map.Entry.<String, Long>comparingByValue().reversed());
      for (Map.Entry<String, Long> entry : entries) {
        text.append(
            String.format(
                Locale.ROOT,
                "  %5.1f%% (%d) %s%n",
                100.0 * entry.getValue() / total,
                entry.getValue(),
                entry.getKey()));
      }
    }
    return text.toString().replace(System.lineSeparator(), "\n");
  }

  private double percent(long count) {
    return tries == 0 ? 0 : 100.0 * count / tries;
  }
}
