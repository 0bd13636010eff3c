/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares a test's output with a golden file (the expected output, kept under version control).
 *
 * <p>A mismatch fails with the first differing line and its neighbours. A missing golden file fails
 * too, never passes by writing itself: to create or refresh golden files on purpose, run the tests
 * with {@code -Delbgateway.golden.update=true} and review the diff before committing. Line endings
 * are normalised so that a checkout on Windows compares equal.
 */
public final class GoldenFiles {

  /** The system property that rewrites golden files from the actual output. */
  public static final String UPDATE_PROPERTY = "elbgateway.golden.update";

  private static final int CONTEXT_LINES = 3;

  private GoldenFiles() {}

  /**
   * Asserts that {@code actual} equals the content of {@code golden}, or rewrites {@code golden}
   * when the {@value #UPDATE_PROPERTY} system property is {@code true}.
   *
   * @throws AssertionError when they differ or the golden file is missing
   */
  public static void assertMatches(Path golden, String actual) {
    String normalisedActual = normalise(actual);
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      write(golden, normalisedActual);
      return;
    }
    if (!Files.isRegularFile(golden)) {
      throw new AssertionError(
          "golden file "
              + golden
              + " does not exist; run with -D"
              + UPDATE_PROPERTY
              + "=true to create it, then review it");
    }
    String expected = normalise(read(golden));
    if (!expected.equals(normalisedActual)) {
      throw new AssertionError(
          "output differs from golden file "
              + golden
              + " (run with -D"
              + UPDATE_PROPERTY
              + "=true to accept the new output)\n"
              + firstDifference(expected, normalisedActual));
    }
  }

  /** Describes where two texts first differ, with a few lines of context from each. */
  static String firstDifference(String expected, String actual) {
    List<String> expectedLines = expected.lines().toList();
    List<String> actualLines = actual.lines().toList();
    int line = 0;
    while (line < expectedLines.size()
        && line < actualLines.size()
        && expectedLines.get(line).equals(actualLines.get(line))) {
      line++;
    }
    int from = Math.max(0, line - CONTEXT_LINES);
    StringBuilder text = new StringBuilder("first difference at line ").append(line + 1).append('\n');
    text.append("--- expected\n");
    appendLines(text, expectedLines, from, line + CONTEXT_LINES + 1, line);
    text.append("+++ actual\n");
    appendLines(text, actualLines, from, line + CONTEXT_LINES + 1, line);
    return text.toString();
  }

  private static void appendLines(StringBuilder text, List<String> lines, int from, int to, int marked) {
    if (from >= lines.size()) {
      text.append("  (end of text)\n");
      return;
    }
    for (int i = from; i < Math.min(to, lines.size()); i++) {
      text.append(i == marked ? "> " : "  ").append(i + 1).append(": ").append(lines.get(i)).append('\n');
    }
    if (marked >= lines.size()) {
      text.append("> (end of text)\n");
    }
  }

  private static String normalise(String text) {
    String unix = text.replace("\r\n", "\n");
    return unix.endsWith("\n") ? unix : unix + "\n";
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read golden file " + file, e);
    }
  }

  private static void write(Path file, String content) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write golden file " + file, e);
    }
  }
}
