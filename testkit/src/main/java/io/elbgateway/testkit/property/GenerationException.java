/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.property;

/**
 * A generator could not produce a value: a {@link Gen#filter filter} rejected too many values in a
 * row, a set could not find enough distinct elements, or a value needed too many random choices. It
 * signals a generator to rewrite, not a failing property.
 */
public final class GenerationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An exception with the given explanation. */
  public GenerationException(String message) {
    super(message);
  }

  /** An exception with the given explanation and cause. */
  public GenerationException(String message, Throwable cause) {
    super(message, cause);
  }
}
