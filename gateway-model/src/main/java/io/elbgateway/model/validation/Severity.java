/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

/** How bad a {@link Violation} is. */
public enum Severity {
  /**
   * The API server would reject the object, or AWS would reject what it asks for in a way that
   * cannot be mapped around; the object is not used.
   */
  ERROR,
  /** The object is used, but something in it is likely not what its author meant. */
  WARNING
}
