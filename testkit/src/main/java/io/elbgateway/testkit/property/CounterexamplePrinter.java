/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.property;

/**
 * Turns a counterexample into the text a failure report shows. The default is {@link
 * String#valueOf}; {@link YamlCounterexamplePrinter} prints model values as YAML that {@code
 * kubectl apply -f -} reads.
 */
@FunctionalInterface
public interface CounterexamplePrinter {

  /** The text of {@code value}; may span several lines. */
  String print(Object value);

  /** The printer that uses {@code toString()}. */
  static CounterexamplePrinter toStringPrinter() {
    return String::valueOf;
  }
}
