/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.aws;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * The one place every AWS call of the engine goes through: it waits for the call's rate limit,
 * makes the call, retries transient failures with backoff and jitter ({@link RetryPolicy}), and
 * counts attempts by operation. A failure that is not transient, or that outlasts the attempts, is
 * thrown to the caller as the SDK threw it.
 */
public final class AwsCalls {

  private static final Logger LOG = LoggerFactory.getLogger(AwsCalls.class);

  private final RetryPolicy retry;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Random jitter;
  private final Map<ApiGroup, TokenBucket> buckets = new EnumMap<>(ApiGroup.class);
  private final Map<String, Integer> counts = new TreeMap<>();
  private int retries;
  private final ThreadLocal<Scope> scope = new ThreadLocal<>();

  /** One thread's counts since {@link #beginScope()}. */
  private static final class Scope {
    final Map<String, Integer> counts = new TreeMap<>();
    int retries;
  }

  /** Calls with these limits; {@code jitter} draws the backoff (seed it for repeatable tests). */
  public AwsCalls(
      RetryPolicy retry, RateLimits limits, Clock clock, Sleeper sleeper, Random jitter) {
    this.retry = retry;
    this.clock = clock;
    this.sleeper = sleeper;
    this.jitter = jitter;
    limits.rates().forEach((group, rate) -> buckets.put(group, new TokenBucket(rate, clock)));
  }

  /**
   * Makes a call of {@code operation} in {@code group}, retrying what may pass.
   *
   * @throws SdkException the call's last error when it is not transient or attempts ran out
   */
  public <T> T call(ApiGroup group, String operation, Supplier<T> call) {
    for (int attempt = 1; ; attempt++) {
      waitForToken(group);
      count(operation, attempt > 1);
      try {
        return call.get();
      } catch (SdkException error) {
        if (attempt >= retry.maxAttempts() || !AwsErrors.transientError(error)) {
          throw error;
        }
        Duration cap = retry.backoffCap(attempt + 1);
        Duration wait = Duration.ofMillis((long) (jitter.nextDouble() * cap.toMillis()));
        LOG.debug(
            "{} failed ({}), attempt {} of {}; retrying in {} ms",
            operation,
            AwsErrors.code(error).orElse(error.getClass().getSimpleName()),
            attempt,
            retry.maxAttempts(),
            wait.toMillis());
        pause(wait);
      }
    }
  }

  /**
   * Starts counting the calls this thread makes, besides the engine-wide counts: one sync's own
   * calls, while other threads sync other stacks.
   */
  public void beginScope() {
    scope.set(new Scope());
  }

  /** The calls this thread made since {@link #beginScope()}; the scope ends. */
  public CallCounts endScope() {
    Scope ended = scope.get();
    scope.remove();
    if (ended == null) {
      return CallCounts.none();
    }
    return CallCounts.builder().byOperation(ended.counts).retries(ended.retries).build();
  }

  /** The counts so far. */
  public synchronized CallCounts counts() {
    return CallCounts.builder().byOperation(counts).retries(retries).build();
  }

  /** The clock the engine reads time from. */
  public Clock clock() {
    return clock;
  }

  private void count(String operation, boolean retried) {
    synchronized (this) {
      counts.merge(operation, 1, Integer::sum);
      if (retried) {
        retries++;
      }
    }
    Scope current = scope.get();
    if (current != null) {
      current.counts.merge(operation, 1, Integer::sum);
      if (retried) {
        current.retries++;
      }
    }
  }

  private void waitForToken(ApiGroup group) {
    TokenBucket bucket = buckets.get(group);
    if (bucket != null) {
      pause(bucket.take());
    }
  }

  /** Waits, through the engine's sleeper (so tests wait on a manual clock). */
  public void pause(Duration wait) {
    if (wait.isZero() || wait.isNegative()) {
      return;
    }
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to call AWS", interrupted);
    }
  }
}
