/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticsTest {

  private static final Gen<Integer> DIGITS = Gen.integers(0, 9);

  @Test
  void classificationsCountTriesAndReportShares() {
    List<String> printed = new ArrayList<>();
    PropertyResult<Integer> result =
        Property.forAll(DIGITS)
            .withSeed(3)
            .withTries(400)
            .withReporter(printed::add)
            .check(
                x -> {
                  Statistics.classify("even", x % 2 == 0);
                  Statistics.classify("even", x % 2 == 0); // twice in one try counts once
                  Statistics.classify("never", false);
                  return true;
                });

    StatisticsReport report = result.statistics();
    assertThat(report.tries()).isEqualTo(400);
    long evens = DIGITS.samples(3, 400).stream().filter(x -> x % 2 == 0).count();
    assertThat(report.classifications()).containsEntry("even", evens).containsEntry("never", 0L);
    assertThat(report.share("even")).isEqualTo(evens / 400.0);
    assertThat(report.toString())
        .contains(String.format(java.util.Locale.ROOT, "%5.1f%% (%d) even", evens / 4.0, evens))
        .contains("  0.0% (0) never");
    assertThat(printed).singleElement().asString().contains("% (" + evens + ") even");
  }

  @Test
  void collectedValuesAreCountedMostFrequentFirst() {
    PropertyResult<Integer> result =
        Property.forAll(Gen.frequency(Weighted.of(3, Gen.just(1)), Weighted.of(1, Gen.just(2))))
            .withSeed(5)
            .withTries(200)
            .withReporter(text -> {})
            .check(
                x -> {
                  Statistics.collect(x == 1 ? "one" : "two");
                  return true;
                });

    assertThat(result.statistics().collected()).containsOnlyKeys("one", "two");
    assertThat(result.statistics().collected().get("one"))
        .isGreaterThan(result.statistics().collected().get("two"));
    assertThat(result.statistics().toString())
        .containsSubsequence("collected 200 values:", "one", "two");
  }

  @Test
  void anUnmetRequirementFailsTheProperty() {
    PropertyResult<Integer> result =
        Property.forAll(DIGITS)
            .withSeed(1)
            .require("large", 0.5)
            .check(
                x -> {
                  Statistics.classify("large", x == 9);
                  return true;
                });

    assertThat(result.passed()).isFalse();
    assertThat(result.counterexample()).isEmpty();
    assertThat(result.unmetRequirements())
        .singleElement()
        .asString()
        .contains("'large'")
        .contains("at least 50.0% required");
    assertThatThrownBy(result::assertPassed)
        .hasMessageContaining("generated too few interesting cases")
        .hasMessageContaining("-Delbgateway.property.seed=1");
  }

  @Test
  void aMetRequirementPasses() {
    PropertyResult<Integer> result =
        Property.forAll(DIGITS)
            .withSeed(1)
            .withReporter(text -> {})
            .require("small", 0.3)
            .check(
                x -> {
                  Statistics.classify("small", x < 5);
                  return true;
                });

    assertThat(result.passed()).isTrue();
  }

  @Test
  void aRequirementOnALabelNeverClassifiedFails() {
    PropertyResult<Integer> result =
        Property.forAll(DIGITS).withSeed(1).require("missing", 0.01).check(x -> true);

    assertThat(result.unmetRequirements()).singleElement().asString().contains("only 0.0%");
  }

  @Test
  void theFailingTryIsNotCounted() {
    PropertyResult<Integer> result =
        Property.forAll(Gen.integers(0, 100))
            .withSeed(2)
            .check(
                x -> {
                  Statistics.classify("every try", true);
                  Statistics.collect("seen");
                  return x < 90;
                });

    int passedTries = result.counterexample().orElseThrow().tryNumber() - 1;
    assertThat(result.statistics().tries()).isEqualTo(passedTries);
    assertThat(result.statistics().classifications())
        .containsEntry("every try", (long) passedTries);
    assertThat(result.statistics().collected()).containsEntry("seen", (long) passedTries);
  }

  @Test
  void callsOutsideARunAreIgnored() {
    Statistics.classify("outside", true);
    Statistics.collect("outside");

    PropertyResult<Integer> result =
        Property.forAll(DIGITS).withSeed(1).withTries(5).check(x -> true);

    assertThat(result.statistics().isEmpty()).isTrue();
  }
}
