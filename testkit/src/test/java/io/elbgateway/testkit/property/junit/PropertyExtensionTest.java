/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.property.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.elbgateway.testkit.property.Gen;
import io.elbgateway.testkit.property.Property;
import io.elbgateway.testkit.property.Statistics;
import io.elbgateway.testkit.property.YamlCounterexamplePrinter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Runs fixture classes through a JUnit launcher and checks what the integration did. */
class PropertyExtensionTest {

  private static volatile boolean runningFixtures;

  static boolean runningFixtures() {
    return runningFixtures;
  }

  private static TestExecutionSummary run(Class<?> fixture) {
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    runningFixtures = true;
    try {
      launcher.execute(
          org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request()
              .selectors(selectClass(fixture))
              .build(),
          listener);
    } finally {
      runningFixtures = false;
    }
    return listener.getSummary();
  }

  private static Throwable onlyFailure(TestExecutionSummary summary) {
    assertThat(summary.getFailures()).hasSize(1);
    return summary.getFailures().get(0).getException();
  }

  @EnabledIf("io.elbgateway.testkit.property.junit.PropertyExtensionTest#runningFixtures")
  static class Passing {
    static final AtomicInteger calls = new AtomicInteger();
    static final List<String> infos = new ArrayList<>();

    static Gen<Integer> digits() {
      return Gen.integers(0, 9);
    }

    Gen<String> words() {
      return Gen.strings("ab", 1, 3);
    }

    @PropertyTest(tries = 37)
    void holds(@ForAll("digits") int digit, TestInfo info, @ForAll("words") String word) {
      calls.incrementAndGet();
      infos.add(info.getDisplayName());
      assertThat(digit).isBetween(0, 9);
      assertThat(word).matches("[ab]{1,3}");
    }
  }

  @EnabledIf("io.elbgateway.testkit.property.junit.PropertyExtensionTest#runningFixtures")
  static class Failing {
    static Gen<Integer> numbers() {
      return Gen.integers(0, 1000);
    }

    @PropertyTest(seed = "123")
    void smallNumbers(@ForAll("numbers") int x) {
      assertThat(x).isLessThan(10);
    }
  }

  @EnabledIf("io.elbgateway.testkit.property.junit.PropertyExtensionTest#runningFixtures")
  static class Unseeded {
    static Gen<Integer> numbers() {
      return Gen.integers(0, 1000);
    }

    @PropertyTest
    void smallNumbers(@ForAll("numbers") int x) {
      assertThat(x).isLessThan(10);
    }
  }

  @EnabledIf("io.elbgateway.testkit.property.junit.PropertyExtensionTest#runningFixtures")
  static class Requiring {
    static Gen<Integer> digits() {
      return Gen.integers(0, 9);
    }

    @PropertyTest(seed = "5", tries = 100, require = "nine >= 0.5")
    void rarelyNine(@ForAll("digits") int x) {
      Statistics.classify("nine", x == 9);
    }
  }

  @EnabledIf("io.elbgateway.testkit.property.junit.PropertyExtensionTest#runningFixtures")
  static class Misconfigured {
    @PropertyTest
    void noSuchGenerator(@ForAll("missing") int x) {}
  }

  @EnabledIf("io.elbgateway.testkit.property.junit.PropertyExtensionTest#runningFixtures")
  static class Yaml {
    static Gen<List<Integer>> lists() {
      return Gen.lists(Gen.integers(0, 9), 0, 10);
    }

    @PropertyTest(seed = "1", printer = YamlCounterexamplePrinter.class)
    void shortLists(@ForAll("lists") List<Integer> xs) {
      assertThat(xs).hasSizeLessThan(2);
    }
  }

  @Test
  void aPropertyTestRunsItsBodyOncePerTryWithGeneratedArguments() {
    Passing.calls.set(0);
    Passing.infos.clear();

    TestExecutionSummary summary = run(Passing.class);

    assertThat(summary.getTestsSucceededCount()).isEqualTo(1);
    assertThat(summary.getTestsFailedCount()).isZero();
    assertThat(Passing.calls).hasValue(37);
    assertThat(Passing.infos).hasSize(37).allSatisfy(name -> assertThat(name).startsWith("holds("));
  }

  @Test
  void aFailingPropertyTestReportsSeedShrunkArgumentsAndHowToReproduce() {
    Throwable failure = onlyFailure(run(Failing.class));

    assertThat(failure)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Property 'Failing.smallNumbers' failed at try")
        .hasMessageContaining("(seed 123)")
        .hasMessageContaining(" = 10\n")
        .hasMessageContaining("Reproduce with -Delbgateway.property.seed=123");
    assertThat(failure.getCause()).isInstanceOf(AssertionError.class);
  }

  @Test
  void theSeedSystemPropertyReproducesAFailure() {
    String first = onlyFailure(run(Unseeded.class)).getMessage();
    String seed = first.replaceAll("(?s).*-Delbgateway\\.property\\.seed=(-?\\d+).*", "$1");
    System.setProperty(Property.SEED_PROPERTY, seed);
    try {
      String again = onlyFailure(run(Unseeded.class)).getMessage();

      assertThat(again).isEqualTo(first).contains("(seed " + seed + ")");
    } finally {
      System.clearProperty(Property.SEED_PROPERTY);
    }
  }

  @Test
  void anUnmetRequirementFailsThePropertyTest() {
    assertThat(onlyFailure(run(Requiring.class)))
        .hasMessageContaining("only")
        .hasMessageContaining("'nine', at least 50.0% required");
  }

  @Test
  void anUnknownGeneratorIsAConfigurationError() {
    assertThat(onlyFailure(run(Misconfigured.class))).hasMessageContaining("@ForAll(\"missing\")");
  }

  @Test
  void thePrinterOfTheAnnotationPrintsTheCounterexample() {
    assertThat(onlyFailure(run(Yaml.class)))
        .hasMessageContaining("parameter 1:\n      - 0\n      - 0\nOriginal");
  }
}
