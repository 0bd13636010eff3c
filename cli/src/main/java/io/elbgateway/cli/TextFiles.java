/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the files the commands leave behind (the state file, a map), folders included. */
final class TextFiles {

  private TextFiles() {}

  /** Writes {@code text} to {@code file} as UTF-8; a failure is an error for the user (exit 1). */
  static void write(Path file, String text) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliError(ExitCodes.INVALID_INPUT, "cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
