/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.property;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A property: a check that must hold for every value of a generator.
 *
 * <pre>{@code
 * PropertyResult<List<Integer>> result =
 *     Property.forAll(Gen.lists(Gen.integers(0, 1000), 0, 20))
 *         .withTries(1_000)
 *         .check(xs -> xs.stream().mapToInt(x -> x).sum() >= 0);
 * result.assertPassed();
 * }</pre>
 *
 * <p>A run generates {@linkplain #withTries tries} values, each from its own seed derived from the
 * run's seed, with sizes rising over the run. The first failing value is shrunk (see {@link
 * Counterexample}); a candidate counts as the same failure when the check fails in the same way
 * (returns {@code false}, or throws an exception of the same class). The same seed gives the same
 * tries and the same shrunk counterexample, unless shrinking hit its time bound.
 *
 * <p>Tries: {@value #DEFAULT_TRIES} by default or as set with {@link #withTries}; the system
 * property {@value #TRIES_PROPERTY} raises every property to at least its value (CI runs more than
 * a laptop). Seed: as set with {@link #withSeed}, else the system property {@value #SEED_PROPERTY},
 * else random; the report of a failure says how to reproduce it.
 *
 * <p>A property is immutable: each {@code with...} method returns a new one.
 */
public final class Property<T> {

  /** The system property that raises the number of tries of every property. */
  public static final String TRIES_PROPERTY = "elbgateway.property.tries";

  /** The system property that sets the seed of properties without their own. */
  public static final String SEED_PROPERTY = "elbgateway.property.seed";

  /** Tries per property unless configured otherwise: enough for a fast suite. */
  public static final int DEFAULT_TRIES = 200;

  /** Shrink steps (candidates evaluated) unless configured otherwise. */
  public static final int DEFAULT_MAX_SHRINKS = 2_000;

  /** Shrinking time unless configured otherwise. */
  public static final Duration DEFAULT_SHRINK_TIME = Duration.ofSeconds(10);

  /** A check that fails by throwing, e.g. an AssertJ assertion. */
  @FunctionalInterface
  public interface Check<T> {
    /** Checks {@code value}; throws to fail. */
    void accept(T value) throws Throwable;
  }

  /** The configuration; copied, never changed, once a property holds it. */
  private static final class Settings implements Cloneable {
    String name = "";
    OptionalInt tries = OptionalInt.empty();
    OptionalLong seed = OptionalLong.empty();
    int maxSize = Runs.MAX_SIZE;
    int maxShrinks = DEFAULT_MAX_SHRINKS;
    Duration shrinkTime = DEFAULT_SHRINK_TIME;
    CounterexamplePrinter printer = CounterexamplePrinter.toStringPrinter();
    Map<String, Double> requirements = Map.of();
    Consumer<String> reporter = System.out::print;

    Settings copy() {
      try {
        return (Settings) clone();
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e);
      }
    }
  }

  private final Gen<T> gen;
  private final Settings settings;

  private Property(Gen<T> gen, Settings settings) {
    this.gen = gen;
    this.settings = settings;
  }

  /** A property over the values of {@code gen}. */
  public static <T> Property<T> forAll(Gen<T> gen) {
    return new Property<>(Objects.requireNonNull(gen, "gen"), new Settings());
  }

  /** A property over pairs of values of {@code first} and {@code second}. */
  public static <A, B> Property<Tuple2<A, B>> forAll(Gen<A> first, Gen<B> second) {
    return forAll(Gen.zip(first, second));
  }

  private Property<T> with(Consumer<Settings> change) {
    Settings next = settings.copy();
    change.accept(next);
    return new Property<>(gen, next);
  }

  /** This property with a name for its reports. */
  public Property<T> named(String name) {
    Objects.requireNonNull(name, "name");
    return with(s -> s.name = name);
  }

  /**
   * This property with {@code tries} tries (the system property {@value #TRIES_PROPERTY} may raise
   * it).
   */
  public Property<T> withTries(int tries) {
    if (tries <= 0) {
      throw new IllegalArgumentException("tries must be positive: " + tries);
    }
    return with(s -> s.tries = OptionalInt.of(tries));
  }

  /** This property with a fixed seed: every run generates the same values. */
  public Property<T> withSeed(long seed) {
    return with(s -> s.seed = OptionalLong.of(seed));
  }

  /** This property with sizes rising to {@code maxSize} (100 by default). */
  public Property<T> withMaxSize(int maxSize) {
    if (maxSize <= 0) {
      throw new IllegalArgumentException("max size must be positive: " + maxSize);
    }
    return with(s -> s.maxSize = maxSize);
  }

  /**
   * This property with at most {@code steps} shrink candidates evaluated ({@code 0} turns shrinking
   * off).
   */
  public Property<T> withMaxShrinks(int steps) {
    if (steps < 0) {
      throw new IllegalArgumentException("shrink steps must not be negative: " + steps);
    }
    return with(s -> s.maxShrinks = steps);
  }

  /** This property with shrinking stopped after {@code time}. */
  public Property<T> withShrinkTime(Duration time) {
    Objects.requireNonNull(time, "time");
    return with(s -> s.shrinkTime = time);
  }

  /** This property with counterexamples printed by {@code printer}. */
  public Property<T> withPrinter(CounterexamplePrinter printer) {
    Objects.requireNonNull(printer, "printer");
    return with(s -> s.printer = printer);
  }

  /**
   * This property with its statistics (when any were recorded) sent to {@code reporter} after a run
   * that passed; standard output by default.
   */
  public Property<T> withReporter(Consumer<String> reporter) {
    Objects.requireNonNull(reporter, "reporter");
    return with(s -> s.reporter = reporter);
  }

  /**
   * This property, failing unless at least {@code minShare} (0 to 1) of its tries were {@linkplain
   * Statistics#classify classified} under {@code label}: a guard against a generator that stopped
   * producing the interesting cases.
   */
  public Property<T> require(String label, double minShare) {
    Objects.requireNonNull(label, "label");
    if (!(minShare >= 0 && minShare <= 1)) {
      throw new IllegalArgumentException("minShare must be between 0 and 1: " + minShare);
    }
    Map<String, Double> more = new LinkedHashMap<>(settings.requirements);
    more.put(label, minShare);
    Map<String, Double> requirements = Collections.unmodifiableMap(more);
    return with(s -> s.requirements = requirements);
  }

  /** The number of tries a run makes: the configured one, raised by {@value #TRIES_PROPERTY}. */
  public int effectiveTries() {
    int configured = settings.tries.orElse(DEFAULT_TRIES);
    String raised = System.getProperty(TRIES_PROPERTY, "").trim();
    if (raised.isEmpty()) {
      return configured;
    }
    try {
      return Math.max(configured, Integer.parseInt(raised));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("-D" + TRIES_PROPERTY + " must be a number: " + raised, e);
    }
  }

  /** Runs the property with a predicate: a value fails when it answers {@code false} or throws. */
  public PropertyResult<T> check(Predicate<? super T> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    return run(
        value -> {
          if (!predicate.test(value)) {
            throw PredicateFalse.INSTANCE;
          }
        });
  }

  /** Runs the property with a check that fails by throwing (an assertion, say). */
  public PropertyResult<T> verify(Check<? super T> check) {
    Objects.requireNonNull(check, "check");
    return run(check::accept);
  }

  private PropertyResult<T> run(Check<T> check) {
    long runSeed = settings.seed.orElseGet(Property::seedFromSystem);
    int planned = effectiveTries();
    StatisticsCollector collector = new StatisticsCollector();
    for (int i = 0; i < planned; i++) {
      int size = Runs.size(i, settings.maxSize);
      RandomSource source = RandomSource.random(Runs.trySeed(runSeed, i), size);
      T value;
      try {
        value = gen.generate(source);
      } catch (GenerationException e) {
        throw new GenerationException(
            e.getMessage()
                + " (try "
                + (i + 1)
                + ", seed "
                + runSeed
                + "; reproduce with -D"
                + SEED_PROPERTY
                + "="
                + runSeed
                + ")",
            e);
      }
      StatisticsCollector previous = Statistics.bind(collector);
      Throwable failure;
      try {
        failure = outcome(check, value);
      } finally {
        Statistics.bind(previous);
      }
      if (failure != null) {
        collector.abortTry();
        Counterexample<T> counterexample =
            shrink(check, value, source.choices(), failure, size, i + 1);
        return new PropertyResult<>(
            settings.name,
            runSeed,
            i + 1,
            planned,
            Optional.of(counterexample),
            List.of(),
            collector.report(),
            settings.printer);
      }
      collector.endTry();
    }
    StatisticsReport report = collector.report();
    List<String> unmet = new ArrayList<>();
    settings.requirements.forEach(
        (label, minShare) -> {
          double share = report.share(label);
          if (share < minShare) {
            unmet.add(
                String.format(
                    Locale.ROOT,
                    "only %.1f%% of tries were classified '%s', at least %.1f%% required: the"
                        + " generator no longer produces these cases often enough",
                    share * 100,
                    label,
                    minShare * 100));
          }
        });
    unmet.sort(null);
    PropertyResult<T> result =
        new PropertyResult<>(
            settings.name,
            runSeed,
            planned,
            planned,
            Optional.empty(),
            unmet,
            report,
            settings.printer);
    if (result.passed() && !report.isEmpty()) {
      settings.reporter.accept(result.report());
    }
    return result;
  }

  private Counterexample<T> shrink(
      Check<T> check, T original, long[] choices, Throwable failure, int size, int tryNumber) {
    Class<?> kind = failure.getClass();
    Shrinker<T> shrinker =
        new Shrinker<>(
            attempt -> {
              RandomSource replay = RandomSource.replay(attempt, size);
              T value;
              try {
                value = gen.generate(replay);
              } catch (RuntimeException invalid) {
                // Choices the generator cannot use (InvalidChoices, a filter that gave up, or the
                // generator's own code refusing them): not a candidate.
                return Optional.empty();
              }
              Throwable again = outcome(check, value);
              return again != null && again.getClass() == kind
                  ? Optional.of(new Shrinker.Failing<>(value, replay.choices(), again))
                  : Optional.empty();
            },
            new Shrinker.Failing<>(original, choices, failure),
            settings.maxShrinks,
            settings.shrinkTime.toNanos());
    shrinker.shrink();
    Shrinker.Failing<T> best = shrinker.best();
    Throwable cause = best.cause() instanceof PredicateFalse ? null : best.cause();
    return new Counterexample<>(
        best.value(),
        original,
        cause,
        tryNumber,
        shrinker.steps(),
        shrinker.stoppedBy(),
        best.choices());
  }

  /** What {@code check} threw for {@code value}, or null when it passed. */
  private static <T> Throwable outcome(Check<T> check, T value) {
    try {
      check.accept(value);
      return null;
    } catch (VirtualMachineError fatal) {
      throw fatal;
    } catch (Throwable failure) {
      return failure;
    }
  }

  private static long seedFromSystem() {
    String text = System.getProperty(SEED_PROPERTY, "").trim();
    if (text.isEmpty()) {
      return ThreadLocalRandom.current().nextLong();
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("-D" + SEED_PROPERTY + " must be a number: " + text, e);
    }
  }

  /** How a predicate's {@code false} travels as a failure. */
  private static final class PredicateFalse extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final PredicateFalse INSTANCE = new PredicateFalse();

    private PredicateFalse() {
      super("the predicate returned false", null, false, false);
    }
  }
}
