/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.aws;

import java.time.Duration;

/**
 * Waits. The engine waits only between retries and for its rate limits; tests hand in a sleeper that
 * advances a manual clock instead of sleeping, so backoff is checked without slowing the build.
 */
@FunctionalInterface
public interface Sleeper {

  /** Waits for {@code duration}. */
  void sleep(Duration duration) throws InterruptedException;

  /** The sleeper that really sleeps. */
  static Sleeper system() {
    return duration -> Thread.sleep(duration.toMillis());
  }
}
