/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.property.junit;

import io.elbgateway.testkit.property.CounterexamplePrinter;
import io.elbgateway.testkit.property.Property;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test method that is a property: JUnit calls it once, and the engine runs its body once per try
 * with fresh values for its {@link ForAll} parameters, shrinks a failure and fails the test with
 * the seed, the try, the shrunk counterexample and how to reproduce it.
 *
 * <pre>{@code
 * @PropertyTest(tries = 500)
 * void sumsStaySmall(@ForAll("smallLists") List<Integer> xs) {
 *   assertThat(xs.stream().mapToInt(x -> x).sum()).isLessThan(10_000);
 * }
 *
 * static Gen<List<Integer>> smallLists() {
 *   return Gen.lists(Gen.integers(0, 100), 0, 50);
 * }
 * }</pre>
 *
 * <p>Lifecycle methods ({@code @BeforeEach}, {@code @AfterEach}) run once around the whole
 * property, not around each try. {@link io.elbgateway.testkit.property.Statistics} works in the
 * body; its report is published as a JUnit report entry and printed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Test
@ExtendWith(PropertyExtension.class)
public @interface PropertyTest {

  /**
   * Tries; {@code 0} means {@value Property#DEFAULT_TRIES}. The system property {@value
   * Property#TRIES_PROPERTY} raises it.
   */
  int tries() default 0;

  /** A fixed seed; empty means {@value Property#SEED_PROPERTY} or random. */
  String seed() default "";

  /** Shrink steps; {@code -1} means {@value Property#DEFAULT_MAX_SHRINKS}. */
  int maxShrinks() default -1;

  /**
   * The printer of counterexamples, a class with a public no-argument constructor; the interface
   * itself means {@code toString()}.
   */
  Class<? extends CounterexamplePrinter> printer() default CounterexamplePrinter.class;

  /**
   * Requirements on {@linkplain io.elbgateway.testkit.property.Statistics#classify
   * classifications}, each {@code "label >= share"} (share from 0 to 1), e.g. {@code "a non-default
   * rule >= 0.1"}; see {@link Property#require}.
   */
  String[] require() default {};
}
