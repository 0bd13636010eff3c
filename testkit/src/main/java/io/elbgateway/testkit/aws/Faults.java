/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Which calls of the in-memory AWS clients fail, and how: none, on a schedule (the Nth call, or the
 * Nth call of one operation), or at random from a seed. A value: installing it on an
 * {@link InMemoryAws} starts its counters from zero, so the same {@code Faults} installed on the
 * same sequence of calls fails the same calls.
 *
 * <p>Counting: a trigger counts only the calls it is eligible for. {@code onCall(3, THROTTLE)}
 * throttles the third call overall; {@code onCall(3, THROTTLE).onlyMutating()} the third mutating
 * call; {@code onCall("CreateRule", 2, LOST_REPLY)} the second CreateRule. When several triggers
 * fire on one call, the first one (in the order they were combined with {@link #and}) wins.
 *
 * <pre>{@code
 * aws.faults(Faults.random(seed, 0.2, FaultKind.values()).onlyMutating().atMost(10));
 * }</pre>
 */
public final class Faults {

  private final List<Trigger> triggers;
  private final int limit;

  private Faults(List<Trigger> triggers, int limit) {
    this.triggers = List.copyOf(triggers);
    this.limit = limit;
  }

  /** No call fails. */
  public static Faults none() {
    return new Faults(List.of(), Integer.MAX_VALUE);
  }

  /** The {@code n}th call (1-based) fails with {@code kind}. */
  public static Faults onCall(int n, FaultKind kind) {
    requirePositive(n);
    return new Faults(List.of(Trigger.scheduled(n, kind, (op, mutating) -> true)), Integer.MAX_VALUE);
  }

  /** The {@code n}th call (1-based) of {@code operation} (e.g. {@code "CreateRule"}) fails. */
  public static Faults onCall(String operation, int n, FaultKind kind) {
    requirePositive(n);
    return new Faults(
        List.of(Trigger.scheduled(n, kind, (op, mutating) -> op.equals(operation))),
        Integer.MAX_VALUE);
  }

  /**
   * Each call fails with probability {@code rate}, with a kind drawn from {@code kinds} (all kinds
   * when none is given), from a generator seeded with {@code seed}: repeatable for a seed.
   */
  public static Faults random(long seed, double rate, FaultKind... kinds) {
    if (rate < 0 || rate > 1) {
      throw new IllegalArgumentException("a fault rate is between 0 and 1: " + rate);
    }
    List<FaultKind> choices = List.of(kinds.length == 0 ? FaultKind.values() : kinds);
    return new Faults(
        List.of(Trigger.random(seed, rate, choices, (op, mutating) -> true)), Integer.MAX_VALUE);
  }

  /** These faults and {@code other}'s; the smaller of the two limits holds. */
  public Faults and(Faults other) {
    List<Trigger> all = new ArrayList<>(triggers);
    all.addAll(other.triggers);
    return new Faults(all, Math.min(limit, other.limit));
  }

  /**
   * The same faults, restricted to mutating calls (see {@link CallLog#isMutating}); read calls
   * neither fail nor count.
   */
  public Faults onlyMutating() {
    return restrict((op, mutating) -> mutating);
  }

  /** The same faults, restricted to the named operations; other calls neither fail nor count. */
  public Faults onlyOperations(String... operations) {
    Set<String> names = Set.copyOf(Arrays.asList(operations));
    return restrict((op, mutating) -> names.contains(op));
  }

  /** The same faults, but no more than {@code faults} of them in all. */
  public Faults atMost(int faults) {
    if (faults < 0) {
      throw new IllegalArgumentException("a fault limit is not negative: " + faults);
    }
    return new Faults(triggers, Math.min(limit, faults));
  }

  private Faults restrict(BiPredicate<String, Boolean> filter) {
    List<Trigger> restricted = new ArrayList<>();
    for (Trigger t : triggers) {
      restricted.add(t.restrictedTo(filter));
    }
    return new Faults(restricted, limit);
  }

  private static void requirePositive(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("calls are counted from 1: " + n);
    }
  }

  /** Fresh counters and generators for one installation of these faults. */
  Running start() {
    return new Running();
  }

  /** The mutable side of a {@link Faults}: what has been counted and drawn so far. */
  final class Running {
    private final long[] counts = new long[triggers.size()];
    private final Random[] randoms = new Random[triggers.size()];
    private int fired;

    private Running() {
      for (int i = 0; i < triggers.size(); i++) {
        randoms[i] = new Random(triggers.get(i).seed);
      }
    }

    /** The fault for the next call of {@code operation}, if one fires. */
    Optional<FaultKind> next(String operation, boolean mutating) {
      Optional<FaultKind> chosen = Optional.empty();
      for (int i = 0; i < triggers.size(); i++) {
        Trigger t = triggers.get(i);
        if (!t.filter.test(operation, mutating)) {
          continue;
        }
        counts[i]++;
        // Every eligible random trigger draws on every eligible call, fired or not, so that what a
        // seed does to call k never depends on what other triggers did before it.
        Optional<FaultKind> kind = t.fires(counts[i], randoms[i]);
        if (chosen.isEmpty() && kind.isPresent() && fired < limit) {
          chosen = kind;
        }
      }
      chosen.ifPresent(k -> fired++);
      return chosen;
    }
  }

  private static final class Trigger {
    final long nth;
    final double rate;
    final long seed;
    final List<FaultKind> kinds;
    final BiPredicate<String, Boolean> filter;

    private Trigger(
        long nth, double rate, long seed, List<FaultKind> kinds, BiPredicate<String, Boolean> filter) {
      this.nth = nth;
      this.rate = rate;
      this.seed = seed;
      this.kinds = kinds;
      this.filter = filter;
    }

    static Trigger scheduled(long nth, FaultKind kind, BiPredicate<String, Boolean> filter) {
      return new Trigger(nth, 0, 0, List.of(kind), filter);
    }

    static Trigger random(
        long seed, double rate, List<FaultKind> kinds, BiPredicate<String, Boolean> filter) {
      return new Trigger(0, rate, seed, kinds, filter);
    }

    Trigger restrictedTo(BiPredicate<String, Boolean> more) {
      return new Trigger(nth, rate, seed, kinds, (op, m) -> filter.test(op, m) && more.test(op, m));
    }

    Optional<FaultKind> fires(long count, Random random) {
      if (nth > 0) {
        return count == nth ? Optional.of(kinds.get(0)) : Optional.empty();
      }
      double draw = random.nextDouble();
      int pick = random.nextInt(kinds.size());
      return draw < rate ? Optional.of(kinds.get(pick)) : Optional.empty();
    }
  }
}
