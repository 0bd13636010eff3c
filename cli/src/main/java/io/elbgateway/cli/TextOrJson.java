/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

/** The output formats of commands that report to a person or a program. */
enum TextOrJson {
  /** For a person. */
  text,
  /** For a program. */
  json
}
