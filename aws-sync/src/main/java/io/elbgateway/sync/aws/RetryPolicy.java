/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.aws;

import io.elbgateway.model.ModelStyle;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * How the engine retries a call that failed for a reason that may pass: throttling, a 5xx reply, a
 * lost connection or timeout, and a few codes AWS documents as transient. The wait before attempt
 * {@code n} is a random duration between zero and {@code min(maxDelay, baseDelay * 2^(n-1))}
 * ("full jitter"), so many engines throttled at once do not retry in step.
 *
 * <p>This is the engine's only retry loop. A caller whose SDK clients retry on their own may set
 * {@link #maxAttempts()} to 1, or turn the SDK's retries off; leaving both on multiplies attempts.
 */
@Value.Immutable
@ModelStyle
public interface RetryPolicy {

  /** Attempts per call, the first included; at least 1. */
  @Value.Default
  default int maxAttempts() {
    return 8;
  }

  /** The cap of the first backoff. */
  @Value.Default
  default Duration baseDelay() {
    return Duration.ofMillis(200);
  }

  /** The largest backoff. */
  @Value.Default
  default Duration maxDelay() {
    return Duration.ofSeconds(20);
  }

  /** The longest wait before attempt {@code attempt} (2 or more). */
  default Duration backoffCap(int attempt) {
    long base = baseDelay().toMillis();
    int shift = Math.min(attempt - 2, 30);
    long cap = base << shift;
    return Duration.ofMillis(Math.min(maxDelay().toMillis(), cap < 0 ? Long.MAX_VALUE : cap));
  }

  /** Requires at least one attempt. */
  @Value.Check
  default void check() {
    if (maxAttempts() < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
  }

  /** The defaults: 8 attempts, 200 ms base, 20 s cap. */
  static RetryPolicy defaults() {
    return builder().build();
  }

  /** A builder. */
  static ImmutableRetryPolicy.Builder builder() {
    return ImmutableRetryPolicy.builder();
  }
}
