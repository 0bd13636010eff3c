/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.property;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Counts the classifications and collected values of one run, try by try. */
final class StatisticsCollector {

  private final Map<String, Long> classes = new LinkedHashMap<>();
  private final Map<String, Long> collected = new LinkedHashMap<>();
  private final Set<String> hitThisTry = new HashSet<>();
  private int tries;

  void classify(String label, boolean condition) {
    classes.putIfAbsent(label, 0L);
    if (condition && hitThisTry.add(label)) {
      classes.merge(label, 1L, Long::sum);
    }
  }

  void collect(Object value) {
    collected.merge(String.valueOf(value), 1L, Long::sum);
  }

  void endTry() {
    hitThisTry.clear();
    tries++;
  }

  StatisticsReport report() {
    return new StatisticsReport(tries, classes, collected);
  }
}
