/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.property;

import java.util.Objects;

/**
 * Statistics about the cases a property checks, recorded from inside the check while a {@link
 * Property} runs and reported in its {@link PropertyResult}.
 *
 * <pre>{@code
 * Property.forAll(routes).check(route -> {
 *   Statistics.classify("a non-default rule", route.rules().size() > 1);
 *   Statistics.collect(route.rules().size());
 *   return ...;
 * });
 * }</pre>
 *
 * <p>Calls outside a run (or while a failure shrinks) are ignored, so checks can be reused
 * elsewhere. {@link Property#require} turns a classification into a requirement.
 */
public final class Statistics {

  private static final ThreadLocal<StatisticsCollector> CURRENT = new ThreadLocal<>();

  private Statistics() {}

  /**
   * Counts the current try under {@code label} when {@code condition} holds; the report gives the
   * share of tries that did. A label never true is still reported, at 0%.
   */
  public static void classify(String label, boolean condition) {
    Objects.requireNonNull(label, "label");
    StatisticsCollector collector = CURRENT.get();
    if (collector != null) {
      collector.classify(label, condition);
    }
  }

  /** Counts {@code value} (by its string form); the report gives how often each value came. */
  public static void collect(Object value) {
    StatisticsCollector collector = CURRENT.get();
    if (collector != null) {
      collector.collect(value);
    }
  }

  /** Makes {@code collector} the current thread's collector; returns the previous one. */
  static StatisticsCollector bind(StatisticsCollector collector) {
    StatisticsCollector previous = CURRENT.get();
    if (collector == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(collector);
    }
    return previous;
  }
}
