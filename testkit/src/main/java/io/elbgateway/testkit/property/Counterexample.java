/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.property;

import java.util.Arrays;
import java.util.Optional;

/**
 * A value that makes a property fail: the shrunk value, the value first found, and how the failure
 * showed (the exception the check threw for the shrunk value, or none when a predicate returned
 * {@code false}).
 */
public final class Counterexample<T> {

  private final T value;
  private final T original;
  private final Throwable cause;
  private final int tryNumber;
  private final int shrinkSteps;
  private final Optional<String> shrinkStoppedBy;
  private final long[] choices;

  Counterexample(
      T value,
      T original,
      Throwable cause,
      int tryNumber,
      int shrinkSteps,
      Optional<String> shrinkStoppedBy,
      long[] choices) {
    this.value = value;
    this.original = original;
    this.cause = cause;
    this.tryNumber = tryNumber;
    this.shrinkSteps = shrinkSteps;
    this.shrinkStoppedBy = shrinkStoppedBy;
    this.choices = choices.clone();
  }

  /** The shrunk value: as simple as the engine could make it while the property still fails. */
  public T value() {
    return value;
  }

  /** The value first found to fail, before shrinking. */
  public T original() {
    return original;
  }

  /** What the check threw for {@link #value()}; empty when a predicate returned {@code false}. */
  public Optional<Throwable> cause() {
    return Optional.ofNullable(cause);
  }

  /** The try (from 1) that found the failure. */
  public int tryNumber() {
    return tryNumber;
  }

  /** How many candidates the shrinker evaluated. */
  public int shrinkSteps() {
    return shrinkSteps;
  }

  /**
   * Why shrinking stopped before it was done, when a bound stopped it (then {@link #value()} may
   * not be minimal); empty when no simpler failing value was left to find.
   */
  public Optional<String> shrinkStoppedBy() {
    return shrinkStoppedBy;
  }

  /** The recorded choices that generate {@link #value()}. */
  long[] choices() {
    return choices.clone();
  }

  @Override
  public String toString() {
    return "Counterexample[" + value + ", choices " + Arrays.toString(choices) + "]";
  }
}
