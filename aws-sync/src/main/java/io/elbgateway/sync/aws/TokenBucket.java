/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.aws;

import java.time.Clock;
import java.time.Duration;

/** One group's bucket: take a token, waiting for one to be added when the bucket is empty. */
final class TokenBucket {

  private final Rate rate;
  private final Clock clock;
  private double tokens;
  private long lastNanos;

  TokenBucket(Rate rate, Clock clock) {
    this.rate = rate;
    this.clock = clock;
    this.tokens = rate.burst();
    this.lastNanos = nanos();
  }

  /** Takes one token; returns how long to wait first (zero when a token was there). */
  synchronized Duration take() {
    long now = nanos();
    tokens = Math.min(rate.burst(), tokens + (now - lastNanos) / 1e9 * rate.perSecond());
    lastNanos = now;
    tokens -= 1;
    if (tokens >= 0) {
      return Duration.ZERO;
    }
    // The token is owed: the wait is the time the bucket needs to get back to zero.
    return Duration.ofNanos((long) Math.ceil(-tokens / rate.perSecond() * 1e9));
  }

  private long nanos() {
    java.time.Instant now = clock.instant();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }
}
