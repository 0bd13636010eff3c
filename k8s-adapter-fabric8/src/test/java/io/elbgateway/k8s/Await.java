/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition by polling, with a timeout: no fixed sleeps, so a busy machine only waits longer. */
final class Await {

  static final Duration TIMEOUT = Duration.ofSeconds(30);

  private Await() {}

  /** Polls until {@code condition} holds; fails naming {@code what} after {@link #TIMEOUT}. */
  static void until(String what, BooleanSupplier condition) {
    until(what, condition, () -> "");
  }

  /** As {@link #until(String, BooleanSupplier)}, adding {@code state} to the failure message. */
  static void until(String what, BooleanSupplier condition, Supplier<String> state) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (true) {
      try {
        if (condition.getAsBoolean()) {
          return;
        }
      } catch (RuntimeException | AssertionError e) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("timed out waiting for " + what + ": " + e, e);
        }
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what + " " + state.get());
      }
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted waiting for " + what);
      }
    }
  }
}
