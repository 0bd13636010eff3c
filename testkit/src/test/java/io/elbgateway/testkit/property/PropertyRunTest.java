/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PropertyRunTest {

  private static final Gen<List<Integer>> LISTS = Gen.lists(Gen.integers(-1000, 1000), 0, 20);

  @AfterEach
  void clearSystemProperties() {
    System.clearProperty(Property.SEED_PROPERTY);
    System.clearProperty(Property.TRIES_PROPERTY);
  }

  @Test
  void theSameSeedGeneratesTheSameValues() {
    assertThat(LISTS.samples(42, 100)).isEqualTo(LISTS.samples(42, 100));
    assertThat(LISTS.samples(42, 100)).isNotEqualTo(LISTS.samples(43, 100));
  }

  @Test
  void theSameSeedTriesTheSameValuesInARun() {
    List<List<Integer>> first = new ArrayList<>();
    List<List<Integer>> second = new ArrayList<>();
    Property.forAll(LISTS).withSeed(7).withTries(50).check(first::add);
    Property.forAll(LISTS).withSeed(7).withTries(50).check(second::add);

    assertThat(first).hasSize(50).isEqualTo(second).isEqualTo(LISTS.samples(7, 50));
  }

  @Test
  void theSameSeedFindsAndShrinksTheSameCounterexample() {
    Property<List<Integer>> property = Property.forAll(LISTS).withSeed(99).withTries(1_000);

    Counterexample<List<Integer>> first =
        property.check(xs -> xs.size() < 5).counterexample().orElseThrow();
    Counterexample<List<Integer>> second =
        property.check(xs -> xs.size() < 5).counterexample().orElseThrow();

    assertThat(second.tryNumber()).isEqualTo(first.tryNumber());
    assertThat(second.original()).isEqualTo(first.original());
    assertThat(second.value()).isEqualTo(first.value()).containsExactly(0, 0, 0, 0, 0);
  }

  @Test
  void theSeedSystemPropertyReproducesARunWithoutAFixedSeed() {
    PropertyResult<List<Integer>> found =
        Property.forAll(LISTS).withTries(1_000).check(xs -> xs.size() < 8);
    long seed = found.seed();
    System.setProperty(Property.SEED_PROPERTY, Long.toString(seed));

    PropertyResult<List<Integer>> again =
        Property.forAll(LISTS).withTries(1_000).check(xs -> xs.size() < 8);

    assertThat(again.seed()).isEqualTo(seed);
    assertThat(again.counterexample().orElseThrow().original())
        .isEqualTo(found.counterexample().orElseThrow().original());
  }

  @Test
  void aFailureReproducesWhateverTheNumberOfTries() {
    Counterexample<List<Integer>> few =
        Property.forAll(LISTS)
            .withSeed(5)
            .withTries(300)
            .check(xs -> xs.size() < 10)
            .counterexample()
            .orElseThrow();
    Counterexample<List<Integer>> many =
        Property.forAll(LISTS)
            .withSeed(5)
            .withTries(10_000)
            .check(xs -> xs.size() < 10)
            .counterexample()
            .orElseThrow();

    assertThat(many.tryNumber()).isEqualTo(few.tryNumber());
    assertThat(many.original()).isEqualTo(few.original());
  }

  @Test
  void triesDefaultTo200AndTheSystemPropertyRaisesThem() {
    assertThat(Property.forAll(LISTS).withSeed(1).check(xs -> true).tries()).isEqualTo(200);
    assertThat(Property.forAll(LISTS).withSeed(1).withTries(30).check(xs -> true).tries())
        .isEqualTo(30);

    System.setProperty(Property.TRIES_PROPERTY, "500");

    assertThat(Property.forAll(LISTS).withSeed(1).withTries(30).check(xs -> true).tries())
        .isEqualTo(500);
    assertThat(Property.forAll(LISTS).withSeed(1).withTries(800).check(xs -> true).tries())
        .isEqualTo(800);
  }

  @Test
  void sizesGrowOverARun() {
    List<Integer> sizes = new ArrayList<>();
    Property.forAll(Gen.sized(Gen::just)).withSeed(1).withTries(150).check(sizes::add);

    assertThat(sizes.subList(0, 5)).containsExactly(1, 2, 3, 4, 5);
    assertThat(sizes.get(99)).isEqualTo(100);
    assertThat(sizes.get(100)).isEqualTo(1);
    assertThat(Gen.lists(Gen.integers(0, 9), 0, 1000).samples(3, 5))
        .allSatisfy(xs -> assertThat(xs.size()).isLessThanOrEqualTo(5));
  }

  @Test
  void theReportGivesSeedTryShrunkAndOriginalValuesAndHowToReproduce() {
    PropertyResult<Integer> result =
        Property.forAll(Gen.integers(0, 1_000_000))
            .named("small")
            .withSeed(31)
            .check(x -> x < 1000);
    Counterexample<Integer> failure = result.counterexample().orElseThrow();

    assertThat(result.report())
        .contains("Property 'small' failed at try " + failure.tryNumber() + " of 200 (seed 31)")
        .contains("Counterexample (shrunk in ")
        .contains("\n  1000\n")
        .contains("Original counterexample:\n  " + failure.original() + "\n")
        .contains("the predicate returned false")
        .contains("Reproduce with -Delbgateway.property.seed=31");
    assertThatThrownBy(result::assertPassed)
        .isInstanceOf(AssertionError.class)
        .hasMessage(result.report());
  }

  @Test
  void aThrowingCheckFailsWithItsExceptionAsTheCause() {
    PropertyResult<Integer> result =
        Property.forAll(Gen.integers(0, 100))
            .withSeed(2)
            .verify(
                x -> {
                  if (x > 20) {
                    throw new AssertionError("too big: " + x);
                  }
                });

    assertThat(result.counterexample().orElseThrow().cause())
        .get()
        .hasToString("java.lang.AssertionError: too big: 21");
    assertThat(result.report()).contains("Failure: java.lang.AssertionError: too big: 21");
    assertThatThrownBy(result::assertPassed)
        .hasCauseInstanceOf(AssertionError.class)
        .hasRootCauseMessage("too big: 21");
  }

  @Test
  void aPassingRunSaysSo() {
    PropertyResult<Integer> result =
        Property.forAll(Gen.integers(0, 9)).withSeed(4).withTries(20).check(x -> x < 10);

    assertThat(result.passed()).isTrue();
    assertThat(result.counterexample()).isEmpty();
    assertThat(result.assertPassed()).isSameAs(result);
    assertThat(result.report()).startsWith("Property passed 20 tries (seed 4).");
  }

  @Test
  void aFilterThatRejectsEverythingFailsClearly() {
    Gen<Integer> impossible = Gen.integers(0, 10).filter(x -> x > 100);

    assertThatThrownBy(() -> Property.forAll(impossible).withSeed(8).check(x -> true))
        .isInstanceOf(GenerationException.class)
        .hasMessageContaining("Gen.filter rejected 100 values in a row")
        .hasMessageContaining("seed 8");
  }

  @Test
  void aBrokenPrinterDoesNotHideTheFailure() {
    PropertyResult<Integer> result =
        Property.forAll(Gen.integers(0, 100))
            .withSeed(1)
            .withPrinter(
                value -> {
                  throw new IllegalStateException("cannot print");
                })
            .check(x -> x < 7);

    assertThat(result.report())
        .contains(
            "  7 (the counterexample printer failed: java.lang.IllegalStateException: cannot"
                + " print)");
  }

  @Test
  void aCustomPrinterPrintsTheCounterexample() {
    PropertyResult<Integer> result =
        Property.forAll(Gen.integers(0, 100))
            .withSeed(1)
            .withPrinter(value -> "<<" + value + ">>")
            .check(x -> x < 7);

    assertThat(result.report()).contains("  <<7>>\n");
  }
}
