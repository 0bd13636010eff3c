/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShrinkingTest {

  private static <T> Counterexample<T> failure(PropertyResult<T> result) {
    assertThat(result.passed()).as("the property should fail").isFalse();
    return result.counterexample().orElseThrow();
  }

  private static int sum(List<Integer> xs) {
    return xs.stream().mapToInt(Integer::intValue).sum();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 1234567})
  void listsWhoseSumReaches100ShrinkToTheSingleElementList100(long seed) {
    PropertyResult<List<Integer>> result =
        Property.forAll(Gen.lists(Gen.integers(0, 10_000), 0, 30))
            .withSeed(seed)
            .check(xs -> sum(xs) < 100);

    assertThat(failure(result).value()).containsExactly(100);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 1234567})
  void stringsContainingAbShrinkToAb(long seed) {
    PropertyResult<String> result =
        Property.forAll(Gen.strings("abcdefgh", 0, 40))
            .withSeed(seed)
            .withTries(1_000)
            .check(text -> !text.contains("ab"));

    assertThat(failure(result).value()).isEqualTo("ab");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42})
  void aFlatMapShrinksToItsSmallestValidShape(long seed) {
    Gen<List<Integer>> exactLength =
        Gen.integers(1, 20).flatMap(n -> Gen.lists(Gen.integers(0, 1000), n, n));

    PropertyResult<List<Integer>> result =
        Property.forAll(exactLength).withSeed(seed).check(xs -> xs.stream().allMatch(x -> x < 500));

    assertThat(failure(result).value()).containsExactly(500);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42})
  void aFilteredValueShrinksToTheSmallestValueTheFilterAccepts(long seed) {
    Gen<Integer> odd = Gen.integers(0, 1000).filter(x -> x % 2 == 1);

    PropertyResult<Integer> result = Property.forAll(odd).withSeed(seed).check(x -> x < 100);

    assertThat(failure(result).value()).isEqualTo(101);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void aFlatMapOfAFilterShrinksToTheMinimalValidPair(long seed) {
    // Pairs (low, high) with high at least 10 above low; fails once high reaches 300.
    Gen<Tuple2<Integer, Integer>> pairs =
        Gen.integers(0, 1000)
            .flatMap(low -> Gen.integers(0, 1000).map(high -> new Tuple2<>(low, high)))
            .filter(pair -> pair.second() >= pair.first() + 10);

    PropertyResult<Tuple2<Integer, Integer>> result =
        Property.forAll(pairs).withSeed(seed).check(pair -> pair.second() < 300);

    assertThat(failure(result).value()).isEqualTo(new Tuple2<>(0, 300));
  }

  @Test
  void shrunkValuesKeepTheirGeneratorsBounds() {
    assertThat(failure(Property.forAll(Gen.integers(10, 20)).withSeed(1).check(x -> false)).value())
        .isEqualTo(10);
    assertThat(
            failure(Property.forAll(Gen.integers(-50, -10)).withSeed(1).check(x -> false)).value())
        .isEqualTo(-10);
    assertThat(
            failure(
                    Property.forAll(Gen.lists(Gen.integers(0, 9), 3, 8))
                        .withSeed(1)
                        .check(x -> false))
                .value())
        .containsExactly(0, 0, 0);
    assertThat(
            failure(Property.forAll(Gen.strings("xyz", 2, 5)).withSeed(1).check(x -> false))
                .value())
        .isEqualTo("xx");
  }

  @Test
  void numbersShrinkTowardZeroFromBothSides() {
    Counterexample<Long> negative =
        failure(
            Property.forAll(Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE))
                .withSeed(5)
                .check(x -> x >= 0));
    Counterexample<Long> large =
        failure(
            Property.forAll(Gen.longs(Long.MIN_VALUE, Long.MAX_VALUE))
                .withSeed(5)
                .check(x -> x < 1_000_000));

    assertThat(negative.value()).isEqualTo(-1L);
    assertThat(large.value()).isEqualTo(1_000_000L);
  }

  @Test
  void choicesShrinkTowardTheFirstOption() {
    Gen<String> gen =
        Gen.frequency(Weighted.of(1, Gen.just("first")), Weighted.of(50, Gen.just("second")));

    assertThat(failure(Property.forAll(gen).withSeed(3).check(x -> false)).value())
        .isEqualTo("first");
    assertThat(
            failure(Property.forAll(Gen.elements("a", "b", "c")).withSeed(3).check(x -> false))
                .value())
        .isEqualTo("a");
  }

  @Test
  void shrinkingKeepsToTheSameKindOfFailure() {
    // Small values throw a different exception; shrinking must not slip from one bug to the other.
    PropertyResult<Integer> result =
        Property.forAll(Gen.integers(0, 1000))
            .withSeed(11)
            .verify(
                x -> {
                  if (x < 10) {
                    throw new IllegalStateException("small");
                  }
                  if (x >= 500) {
                    throw new IllegalArgumentException("large " + x);
                  }
                });

    Counterexample<Integer> failure = failure(result);
    assertThat(failure.cause())
        .get()
        .isInstanceOf(
            failure.original() < 10 ? IllegalStateException.class : IllegalArgumentException.class);
    assertThat(failure.value()).isEqualTo(failure.original() < 10 ? 0 : 500);
  }

  @Test
  void shrinkingStopsAtItsStepBound() {
    Gen<List<Long>> huge = Gen.lists(Gen.longs(0, Long.MAX_VALUE), 5_000, 5_000);
    long start = System.nanoTime();

    Counterexample<List<Long>> failure =
        failure(
            Property.forAll(huge).withSeed(9).withTries(1).withMaxShrinks(300).check(xs -> false));

    assertThat(failure.shrinkSteps()).isLessThanOrEqualTo(300);
    assertThat(failure.shrinkStoppedBy()).get().asString().contains("300 shrink steps");
    assertThat(failure.value()).hasSize(5_000);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void shrinkingStopsAtItsTimeBound() {
    Gen<List<Long>> huge = Gen.lists(Gen.longs(0, Long.MAX_VALUE), 200, 200);
    long start = System.nanoTime();

    Counterexample<List<Long>> failure =
        failure(
            Property.forAll(huge)
                .withSeed(9)
                .withTries(1)
                .withMaxShrinks(Integer.MAX_VALUE)
                .withShrinkTime(Duration.ofMillis(300))
                .verify(
                    xs -> {
                      Thread.sleep(2);
                      throw new AssertionError("always");
                    }));

    assertThat(failure.shrinkStoppedBy()).get().asString().contains("time");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void candidatesTheGeneratorItselfRefusesAreSkipped() {
    Gen<Integer> refusesSmallValues =
        Gen.integers(0, 1000)
            .map(
                x -> {
                  if (x < 5) {
                    throw new IllegalStateException("the generator's own code refuses " + x);
                  }
                  return x;
                });

    Counterexample<Integer> failure =
        failure(Property.forAll(refusesSmallValues).withSeed(1).check(x -> x < 50));

    assertThat(failure.value()).isEqualTo(50);
  }

  @Test
  void aMinimalFailureNeedsNoBound() {
    Counterexample<Integer> failure =
        failure(Property.forAll(Gen.integers(0, 100)).withSeed(1).check(x -> x < 50));

    assertThat(failure.value()).isEqualTo(50);
    assertThat(failure.shrinkStoppedBy()).isEmpty();
  }
}
