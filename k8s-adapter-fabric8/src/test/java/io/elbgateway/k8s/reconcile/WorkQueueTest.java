/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class WorkQueueTest {

  @Test
  void aKeyQueuedManyTimesWhileItRunsRunsOnceMore() throws InterruptedException {
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger runs = new AtomicInteger();
    WorkQueue<String> queue = new WorkQueue<>(key -> {
      if (runs.incrementAndGet() == 1) {
        running.countDown();
        await(release);
      }
      return WorkQueue.Outcome.done();
    }, 2, Duration.ofMillis(10), Duration.ofSeconds(1));
    queue.start();
    try {
      queue.add("gw");
      assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
      for (int i = 0; i < 100; i++) {
        queue.add("gw"); // a burst while the first pass runs
      }
      release.countDown();
      until(queue::idle);
      assertThat(runs.get()).isEqualTo(2);
    } finally {
      queue.stop();
    }
  }

  @Test
  void keysQueuedBeforeAWorkerIsFreeRunOnceAndAtMostTheBoundRunAtOnce() throws InterruptedException {
    AtomicInteger concurrent = new AtomicInteger();
    AtomicInteger maxConcurrent = new AtomicInteger();
    Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    CountDownLatch release = new CountDownLatch(1);
    WorkQueue<String> queue = new WorkQueue<>(key -> {
      maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
      runs.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
      await(release);
      concurrent.decrementAndGet();
      return WorkQueue.Outcome.done();
    }, 3, Duration.ofMillis(10), Duration.ofSeconds(1));
    queue.start();
    try {
      for (int round = 0; round < 50; round++) {
        for (int k = 0; k < 10; k++) {
          queue.add("gw" + k);
        }
      }
      until(() -> concurrent.get() == 3);
      release.countDown();
      until(queue::idle);
      assertThat(maxConcurrent.get()).isEqualTo(3);
      // The three running when the burst arrived ran once more; the seven waiting ran once.
      assertThat(runs.values().stream().mapToInt(AtomicInteger::get).sum()).isLessThanOrEqualTo(13);
      assertThat(runs).hasSize(10);
    } finally {
      queue.stop();
    }
  }

  @Test
  void aFailedPassIsRetriedWithBackoffAndARequeueRunsAgainLater() {
    AtomicInteger failing = new AtomicInteger();
    AtomicInteger requeued = new AtomicInteger();
    WorkQueue<String> queue = new WorkQueue<>(key -> {
      if (key.equals("failing")) {
        return failing.incrementAndGet() < 3 ? WorkQueue.Outcome.failed() : WorkQueue.Outcome.done();
      }
      if (key.equals("throwing")) {
        throw new IllegalStateException("boom");
      }
      return requeued.incrementAndGet() < 2 ? WorkQueue.Outcome.again(Duration.ofMillis(20)) : WorkQueue.Outcome.done();
    }, 2, Duration.ofMillis(10), Duration.ofMillis(50));
    queue.start();
    try {
      queue.add("failing");
      queue.add("provisioning");
      until(() -> failing.get() == 3 && requeued.get() == 2);
      queue.add("throwing"); // an exception is a failure too, retried, and never kills a worker
      queue.add("failing");
      until(() -> failing.get() == 4);
    } finally {
      queue.stop();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void until(BooleanSupplier condition) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out");
      }
      Thread.onSpinWait();
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
