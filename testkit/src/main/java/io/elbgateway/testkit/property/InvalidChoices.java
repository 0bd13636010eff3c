/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.property;

/**
 * Thrown while replaying an edited choice sequence that the generator cannot use (a choice above
 * its draw's bound, or too many choices). The shrinker discards such a candidate.
 */
final class InvalidChoices extends RuntimeException {

  private static final long serialVersionUID = 1L;

  static final InvalidChoices INSTANCE = new InvalidChoices();

  private InvalidChoices() {
    super("invalid choice sequence", null, false, false);
  }
}
