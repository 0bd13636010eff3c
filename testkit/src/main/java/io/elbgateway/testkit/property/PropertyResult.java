/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.property;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a {@link Property} run: whether it passed, with which seed and how many tries, the
 * shrunk counterexample when a check failed, unmet {@linkplain Property#require requirements}, and
 * the {@linkplain Statistics statistics}. {@link #assertPassed()} turns a failure into an {@link
 * AssertionError} whose message is {@link #report()}.
 */
public final class PropertyResult<T> {

  private final String name;
  private final long seed;
  private final int tries;
  private final int plannedTries;
  private final Optional<Counterexample<T>> counterexample;
  private final List<String> unmetRequirements;
  private final StatisticsReport statistics;
  private final CounterexamplePrinter printer;

  PropertyResult(
      String name,
      long seed,
      int tries,
      int plannedTries,
      Optional<Counterexample<T>> counterexample,
      List<String> unmetRequirements,
      StatisticsReport statistics,
      CounterexamplePrinter printer) {
    this.name = name;
    this.seed = seed;
    this.tries = tries;
    this.plannedTries = plannedTries;
    this.counterexample = counterexample;
    this.unmetRequirements = List.copyOf(unmetRequirements);
    this.statistics = statistics;
    this.printer = printer;
  }

  /** Whether every try passed and every requirement was met. */
  public boolean passed() {
    return counterexample.isEmpty() && unmetRequirements.isEmpty();
  }

  /** The run's seed; {@code -Delbgateway.property.seed=<seed>} runs the same tries again. */
  public long seed() {
    return seed;
  }

  /** The number of tries run (up to and including a failing one). */
  public int tries() {
    return tries;
  }

  /** The failing value, shrunk, when a check failed. */
  public Optional<Counterexample<T>> counterexample() {
    return counterexample;
  }

  /** One message per requirement the run did not meet. */
  public List<String> unmetRequirements() {
    return unmetRequirements;
  }

  /** What {@link Statistics} recorded. */
  public StatisticsReport statistics() {
    return statistics;
  }

  /** Throws an {@link AssertionError} with {@link #report()} unless the property passed. */
  public PropertyResult<T> assertPassed() {
    if (!passed()) {
      AssertionError error = new AssertionError(report());
      counterexample.flatMap(Counterexample::cause).ifPresent(error::initCause);
      throw error;
    }
    return this;
  }

  /**
   * The result as text: for a failure, the seed, the try, the shrunk and the original
   * counterexample, the failure and how to reproduce it; then the statistics.
   */
  public String report() {
    StringBuilder text = new StringBuilder();
    String subject = name.isEmpty() ? "Property" : "Property '" + name + "'";
    if (counterexample.isPresent()) {
      Counterexample<T> failure = counterexample.get();
      text.append(subject)
          .append(" failed at try ")
          .append(failure.tryNumber())
          .append(" of ")
          .append(plannedTries)
          .append(" (seed ")
          .append(seed)
          .append(").\n");
      text.append("Counterexample (shrunk in ").append(failure.shrinkSteps()).append(" steps");
      failure
          .shrinkStoppedBy()
          .ifPresent(
              bound -> text.append("; stopped by ").append(bound).append(", may not be minimal"));
      text.append("):\n").append(indent(print(failure.value())));
      text.append("Original counterexample:\n").append(indent(print(failure.original())));
      text.append("Failure: ")
          .append(failure.cause().map(String::valueOf).orElse("the predicate returned false"))
          .append('\n');
    } else if (!unmetRequirements.isEmpty()) {
      text.append(subject)
          .append(" generated too few interesting cases in ")
          .append(tries)
          .append(" tries (seed ")
          .append(seed)
          .append("):\n");
      unmetRequirements.forEach(message -> text.append("  ").append(message).append('\n'));
    } else {
      text.append(subject)
          .append(" passed ")
          .append(tries)
          .append(" tries (seed ")
          .append(seed)
          .append(").\n");
    }
    if (!passed()) {
      text.append("Reproduce with -D")
          .append(Property.SEED_PROPERTY)
          .append('=')
          .append(seed)
          .append('\n');
    }
    text.append(statistics);
    return text.toString();
  }

  @Override
  public String toString() {
    return report();
  }

  private String print(T value) {
    try {
      return printer.print(value);
    } catch (RuntimeException e) {
      return value + " (the counterexample printer failed: " + e + ")";
    }
  }

  private static String indent(String text) {
    StringBuilder indented = new StringBuilder();
    text.lines().forEach(line -> indented.append("  ").append(line).append('\n'));
    return indented.length() == 0 ? "  \n" : indented.toString();
  }
}
