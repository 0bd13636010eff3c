/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.property;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts the classifications and collected values of one run. What a try records counts only once
 * the try passes, so a failing try does not skew the shares.
 */
final class StatisticsCollector {

  private final Map<String, Long> classes = new LinkedHashMap<>();
  private final Map<String, Long> collected = new LinkedHashMap<>();
  private final Set<String> labelsThisTry = new LinkedHashSet<>();
  private final Set<String> hitsThisTry = new LinkedHashSet<>();
  private final List<String> collectedThisTry = new ArrayList<>();
  private int tries;

  void classify(String label, boolean condition) {
    labelsThisTry.add(label);
    if (condition) {
      hitsThisTry.add(label);
    }
  }

  void collect(Object value) {
    collectedThisTry.add(String.valueOf(value));
  }

  /** Counts what the current try recorded. */
  void endTry() {
    labelsThisTry.forEach(label -> classes.putIfAbsent(label, 0L));
    hitsThisTry.forEach(label -> classes.merge(label, 1L, Long::sum));
    collectedThisTry.forEach(value -> collected.merge(value, 1L, Long::sum));
    tries++;
    abortTry();
  }

  /** Forgets what the current try recorded. */
  void abortTry() {
    labelsThisTry.clear();
    hitsThisTry.clear();
    collectedThisTry.clear();
  }

  StatisticsReport report() {
    return new StatisticsReport(tries, classes, collected);
  }
}
