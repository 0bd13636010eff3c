/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.property;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * A generator of values of type {@code T}.
 *
 * <p>A generator makes every random decision through the {@link RandomSource} it is given, so the
 * engine can reproduce a value from a seed and shrink a failing value by editing the recorded
 * decisions and generating again. Generators compose with {@link #map}, {@link #flatMap} and {@link
 * #filter}, and every composition shrinks: a shrunk value is always one the generator could have
 * produced. A custom generator is a lambda {@code source -> ...} that draws through the source or
 * through other generators; it must not use any other randomness.
 *
 * <p>Collections and strings grow with {@link RandomSource#size()}, which rises over a run. Numbers
 * shrink toward zero, booleans toward {@code false}, choices toward the first option, collections
 * toward fewer elements.
 */
@FunctionalInterface
public interface Gen<T> {

  /** How many values in a row {@link #filter} may reject before it gives up. */
  int MAX_FILTER_ATTEMPTS = 100;

  /** Generates one value, drawing every random decision from {@code source}. */
  T generate(RandomSource source);

  /** A generator of {@code mapper} applied to this generator's values. */
  default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return source -> mapper.apply(generate(source));
  }

  /** A generator that uses this generator's value to choose the generator of the result. */
  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    return source -> mapper.apply(generate(source)).generate(source);
  }

  /**
   * A generator of this generator's values that satisfy {@code predicate}. It tries up to {@value
   * #MAX_FILTER_ATTEMPTS} values in a row, then fails with a {@link GenerationException}: build the
   * values you want with {@link #map} or {@link #flatMap} instead of filtering most of them away.
   */
  default Gen<T> filter(Predicate<? super T> predicate) {
    Objects.requireNonNull(predicate, "predicate");
    return source -> {
      for (int attempt = 0; attempt < MAX_FILTER_ATTEMPTS; attempt++) {
        T value = generate(source);
        if (predicate.test(value)) {
          return value;
        }
      }
      throw new GenerationException(
          "Gen.filter rejected "
              + MAX_FILTER_ATTEMPTS
              + " values in a row; generate the wanted values directly (map, flatMap) instead of"
              + " filtering most of them away");
    };
  }

  /**
   * {@code count} values from this generator, drawn with {@code seed} and growing sizes as in a
   * run: the same seed gives the same values. Meant for looking at what a generator makes.
   */
  default List<T> samples(long seed, int count) {
    List<T> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(generate(RandomSource.random(Runs.trySeed(seed, i), Runs.size(i, Runs.MAX_SIZE))));
    }
    return values;
  }

  /** Always {@code value}. */
  static <T> Gen<T> just(T value) {
    return source -> value;
  }

  /** Always {@code value}; the same as {@link #just}. */
  static <T> Gen<T> constant(T value) {
    return just(value);
  }

  /** One of {@code values}, shrinking toward the first. */
  static <T> Gen<T> oneOf(Collection<? extends T> values) {
    List<T> options = List.copyOf(values);
    if (options.isEmpty()) {
      throw new IllegalArgumentException("oneOf needs at least one value");
    }
    return source -> options.get((int) source.draw(options.size() - 1));
  }

  /** One of {@code values}, shrinking toward the first. */
  @SafeVarargs
  static <T> Gen<T> elements(T... values) {
    return oneOf(List.of(values));
  }

  /** A value from one of {@code gens}, picked with equal chances; shrinks toward the first. */
  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    List<Gen<? extends T>> options = List.of(gens);
    if (options.isEmpty()) {
      throw new IllegalArgumentException("oneOf needs at least one generator");
    }
    return source -> options.get((int) source.draw(options.size() - 1)).generate(source);
  }

  /**
   * A value from one of the weighted generators, picked in proportion to the weights; shrinks
   * toward the first.
   */
  @SafeVarargs
  static <T> Gen<T> frequency(Weighted<? extends T>... gens) {
    List<Weighted<? extends T>> options = List.of(gens);
    if (options.isEmpty()) {
      throw new IllegalArgumentException("frequency needs at least one generator");
    }
    long total = 0;
    for (Weighted<? extends T> option : options) {
      total += option.weight();
    }
    long last = total - 1;
    return source -> {
      long pick = source.draw(last);
      for (Weighted<? extends T> option : options) {
        if (pick < option.weight()) {
          return option.gen().generate(source);
        }
        pick -= option.weight();
      }
      throw new IllegalStateException("unreachable");
    };
  }

  /** Ints in {@code [min, max]}, uniformly; shrinks toward zero (or the bound nearest it). */
  static Gen<Integer> integers(int min, int max) {
    if (min > max) {
      throw new IllegalArgumentException("min " + min + " is greater than max " + max);
    }
    return source -> source.drawInt(min, max);
  }

  /** Longs in {@code [min, max]}, uniformly; shrinks toward zero (or the bound nearest it). */
  static Gen<Long> longs(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException("min " + min + " is greater than max " + max);
    }
    return source -> source.drawLong(min, max);
  }

  /** {@code true} or {@code false} with equal chances; shrinks toward {@code false}. */
  static Gen<Boolean> booleans() {
    return source -> source.drawBoolean(0.5);
  }

  /**
   * Strings of {@code minLength} to {@code maxLength} code points taken from {@code alphabet};
   * shrinks toward shorter strings of the alphabet's first characters.
   */
  static Gen<String> strings(String alphabet, int minLength, int maxLength) {
    Repeat.checkBounds(minLength, maxLength);
    int[] codePoints = alphabet.codePoints().toArray();
    if (codePoints.length == 0 && maxLength > 0) {
      throw new IllegalArgumentException("the alphabet is empty");
    }
    return source -> {
      StringBuilder text = new StringBuilder();
      int length = 0;
      while (Repeat.more(source, length, minLength, maxLength)) {
        text.appendCodePoint(codePoints[(int) source.draw(codePoints.length - 1)]);
        length++;
      }
      return text.toString();
    };
  }

  /**
   * Lists of {@code min} to {@code max} elements of {@code gen}, unmodifiable; shrinks toward fewer
   * and simpler elements.
   */
  static <T> Gen<List<T>> lists(Gen<? extends T> gen, int min, int max) {
    Repeat.checkBounds(min, max);
    return source -> {
      List<T> values = new ArrayList<>();
      while (Repeat.more(source, values.size(), min, max)) {
        values.add(gen.generate(source));
      }
      return Collections.unmodifiableList(values);
    };
  }

  /**
   * Sets of {@code min} to {@code max} distinct elements of {@code gen}, unmodifiable and in the
   * order generated. Fails with a {@link GenerationException} when {@code gen} cannot find {@code
   * min} distinct values.
   */
  static <T> Gen<Set<T>> sets(Gen<? extends T> gen, int min, int max) {
    Repeat.checkBounds(min, max);
    return source -> {
      Set<T> values = new LinkedHashSet<>();
      while (Repeat.more(source, values.size(), min, max)) {
        boolean added = false;
        for (int attempt = 0; attempt < MAX_FILTER_ATTEMPTS && !added; attempt++) {
          added = values.add(gen.generate(source));
        }
        if (!added) {
          if (values.size() >= min) {
            break;
          }
          throw new GenerationException(
              "Gen.sets found only " + values.size() + " distinct values, needs " + min);
        }
      }
      return Collections.unmodifiableSet(values);
    };
  }

  /** An empty optional or one with a value of {@code gen}; shrinks toward empty. */
  static <T> Gen<Optional<T>> optionals(Gen<? extends T> gen) {
    return source ->
        source.drawBoolean(0.75) ? Optional.of(gen.generate(source)) : Optional.empty();
  }

  /** Pairs of values of {@code first} and {@code second}. */
  static <A, B> Gen<Tuple2<A, B>> zip(Gen<A> first, Gen<B> second) {
    return zipWith(first, second, Tuple2::new);
  }

  /** Triples of values of {@code first}, {@code second} and {@code third}. */
  static <A, B, C> Gen<Tuple3<A, B, C>> zip(Gen<A> first, Gen<B> second, Gen<C> third) {
    return source ->
        new Tuple3<>(first.generate(source), second.generate(source), third.generate(source));
  }

  /** {@code combiner} applied to a value of {@code first} and one of {@code second}. */
  static <A, B, R> Gen<R> zipWith(
      Gen<A> first, Gen<B> second, BiFunction<? super A, ? super B, ? extends R> combiner) {
    return source -> combiner.apply(first.generate(source), second.generate(source));
  }

  /** A generator chosen from the current {@linkplain RandomSource#size() size}. */
  static <T> Gen<T> sized(IntFunction<? extends Gen<? extends T>> factory) {
    return source -> factory.apply(source.size()).generate(source);
  }
}
