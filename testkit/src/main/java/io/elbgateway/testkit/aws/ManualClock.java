/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that moves only when a test moves it, so time-based behaviour of the in-memory AWS
 * (target draining for the deregistration delay) is exact and repeatable.
 *
 * <pre>{@code
 * ManualClock clock = ManualClock.startingAt(Instant.parse("2026-01-01T00:00:00Z"));
 * clock.advance(Duration.ofSeconds(300));
 * }</pre>
 */
public final class ManualClock extends Clock {

  private volatile Instant now;

  private ManualClock(Instant start) {
    this.now = start;
  }

  /** A clock that reads {@code start} until it is advanced or set. */
  public static ManualClock startingAt(Instant start) {
    return new ManualClock(start);
  }

  /** Moves the clock forward by {@code duration} (never backwards: a negative duration fails). */
  public synchronized void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("a clock moves forward only: " + duration);
    }
    now = now.plus(duration);
  }

  /** Sets the clock to {@code instant}. */
  public void set(Instant instant) {
    now = instant;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** A manual clock has one zone, UTC; asking for another fails. */
  @Override
  public Clock withZone(ZoneId zone) {
    if (!ZoneOffset.UTC.equals(zone)) {
      throw new UnsupportedOperationException("a ManualClock reads UTC only");
    }
    return this;
  }
}
