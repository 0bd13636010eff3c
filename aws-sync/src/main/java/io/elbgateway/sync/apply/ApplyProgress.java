/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.apply;

import io.elbgateway.sync.plan.Change;

/**
 * Told before each change of a plan runs, so that a long apply can show how far it got (a command
 * line's progress display). It is called on the applying thread and should return quickly.
 */
@FunctionalInterface
public interface ApplyProgress {

  /**
   * Change {@code done + 1} of {@code total} is about to run ({@code done} changes ran before it).
   * Changes skipped because their resources no longer carry this stack's tags are not counted.
   */
  void starting(int done, int total, Change change);

  /** Progress that nobody watches. */
  static ApplyProgress none() {
    return (done, total, change) -> {};
  }
}
