/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s.reconcile;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A queue of keys to reconcile, as client-go's work queue keeps them: a key queued many times
 * before a worker takes it runs once (a burst of events becomes one pass); a key is never worked on
 * by two workers at once (queued again while it runs, it runs once more afterwards); at most
 * {@code workers} keys run in parallel; a pass that fails is retried with exponential backoff per
 * key, and one that asks to be run again later is queued after that delay.
 *
 * @param <K> the key type
 */
final class WorkQueue<K> {

  private static final Logger LOG = LoggerFactory.getLogger(WorkQueue.class);

  /** What one pass over a key asks for next. */
  static final class Outcome {
    private static final Outcome DONE = new Outcome(false, Optional.empty());
    final boolean failed;
    final Optional<Duration> after;

    private Outcome(boolean failed, Optional<Duration> after) {
      this.failed = failed;
      this.after = after;
    }

    static Outcome done() {
      return DONE;
    }

    static Outcome again(Duration after) {
      return new Outcome(false, Optional.of(after));
    }

    static Outcome failed() {
      return new Outcome(true, Optional.empty());
    }

    static Outcome doneOrAgain(Optional<Duration> after) {
      return after.map(Outcome::again).orElse(DONE);
    }
  }

  private final Function<K, Outcome> handler;
  private final int workers;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Deque<K> queue = new ArrayDeque<>();
  private final Set<K> dirty = new HashSet<>();
  private final Set<K> processing = new HashSet<>();
  private final Map<K, Integer> failures = new HashMap<>();
  private ExecutorService pool;
  private ScheduledExecutorService timer;
  private boolean running;

  WorkQueue(Function<K, Outcome> handler, int workers, Duration baseDelay, Duration maxDelay) {
    this.handler = handler;
    this.workers = workers;
    this.baseDelay = baseDelay;
    this.maxDelay = maxDelay;
  }

  synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    pool = Executors.newFixedThreadPool(workers, daemon("elbgateway-reconcile"));
    timer = Executors.newSingleThreadScheduledExecutor(daemon("elbgateway-requeue"));
    for (int i = 0; i < workers; i++) {
      pool.execute(this::work);
    }
  }

  /** Stops taking keys; passes running now finish. Keys still queued are dropped. */
  void stop() {
    ExecutorService stoppedPool;
    synchronized (this) {
      if (!running) {
        return;
      }
      running = false;
      queue.clear();
      dirty.clear();
      failures.clear();
      timer.shutdownNow();
      stoppedPool = pool;
      notifyAll();
    }
    stoppedPool.shutdown();
    try {
      stoppedPool.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Queues a key; a key already queued stays queued once. */
  synchronized void add(K key) {
    if (!running || !dirty.add(key)) {
      return;
    }
    if (!processing.contains(key)) {
      queue.addLast(key);
      notify();
    }
  }

  /** Queues a key after a delay. */
  synchronized void addAfter(K key, Duration delay) {
    if (!running) {
      return;
    }
    if (delay.isZero() || delay.isNegative()) {
      add(key);
      return;
    }
    timer.schedule(() -> add(key), delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Keys waiting to run. */
  synchronized int depth() {
    return queue.size();
  }

  /** Whether nothing is queued or running. */
  synchronized boolean idle() {
    return queue.isEmpty() && processing.isEmpty();
  }

  private void work() {
    while (true) {
      K key;
      synchronized (this) {
        while (running && queue.isEmpty()) {
          try {
            wait();
          } catch (InterruptedException e) {
            return;
          }
        }
        if (!running) {
          return;
        }
        key = queue.pollFirst();
        dirty.remove(key);
        processing.add(key);
      }
      Outcome outcome;
      try {
        outcome = handler.apply(key);
      } catch (RuntimeException e) {
        LOG.warn("reconciling {} failed: {}", key, e.toString());
        outcome = Outcome.failed();
      }
      synchronized (this) {
        processing.remove(key);
        if (dirty.contains(key)) {
          queue.addLast(key);
          notify();
        }
        if (outcome.failed) {
          int failed = failures.merge(key, 1, Integer::sum);
          addAfter(key, backoff(failed));
        } else {
          failures.remove(key);
          outcome.after.ifPresent(after -> addAfter(key, after));
        }
      }
    }
  }

  /** base * 2^(failures-1), at most the maximum. */
  private Duration backoff(int failed) {
    long millis = baseDelay.toMillis() << Math.min(failed - 1, 20);
    return millis <= 0 || millis > maxDelay.toMillis() ? maxDelay : Duration.ofMillis(millis);
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
