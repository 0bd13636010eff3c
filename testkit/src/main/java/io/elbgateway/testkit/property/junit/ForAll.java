/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.property.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A parameter of a {@link PropertyTest} that the engine generates: {@link #value()} names a method
 * without parameters in the test class (static or not, any visibility, possibly inherited) that
 * returns the {@link io.elbgateway.testkit.property.Gen}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ForAll {

  /** The name of the method that returns the generator. */
  String value();
}
