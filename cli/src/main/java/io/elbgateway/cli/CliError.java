/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

/**
 * An error for the user: a message that names what is wrong and an exit code. Printed as one line,
 * never as a stack trace (unless {@code --debug}).
 */
final class CliError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CliError(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  CliError(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
