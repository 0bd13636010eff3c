/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.codec;

import io.elbgateway.model.validation.FieldPath;
import java.util.HashMap;
import java.util.Map;

/**
 * The line of every field and list item of one object, by field path, as read from its manifest.
 * A path without a line of its own (a value inside a flow collection, an alias) takes the line of
 * its nearest ancestor.
 */
public final class LineIndex {

  private final int rootLine;
  private final Map<FieldPath, Integer> lines;

  private LineIndex(int rootLine, Map<FieldPath, Integer> lines) {
    this.rootLine = rootLine;
    this.lines = lines;
  }

  /** An index that knows only the line where the object starts. */
  public static LineIndex of(int rootLine) {
    return new LineIndex(rootLine, Map.of());
  }

  static LineIndex of(int rootLine, Map<FieldPath, Integer> lines) {
    return new LineIndex(rootLine, Map.copyOf(lines));
  }

  /** The line of {@code path}, or of its nearest ancestor that has one, or the object's line. */
  public int line(FieldPath path) {
    FieldPath at = path;
    while (!at.segments().isEmpty()) {
      Integer line = lines.get(at);
      if (line != null) {
        return line;
      }
      at = at.parent();
    }
    return rootLine;
  }

  /** The line where the object starts. */
  public int rootLine() {
    return rootLine;
  }

  /** The index of the value at {@code prefix} (e.g. {@code .items[3]}), with paths relative to it. */
  LineIndex within(FieldPath prefix) {
    Map<FieldPath, Integer> inner = new HashMap<>();
    int size = prefix.segments().size();
    lines.forEach(
        (path, line) -> {
          if (path.startsWith(prefix) && path.segments().size() > size) {
            inner.put(relative(path, size), line);
          }
        });
    return new LineIndex(line(prefix), Map.copyOf(inner));
  }

  private static FieldPath relative(FieldPath path, int drop) {
    FieldPath result = FieldPath.root();
    for (Object segment : path.segments().subList(drop, path.segments().size())) {
      result =
          segment instanceof Integer
              ? result.index((Integer) segment)
              : result.field((String) segment);
    }
    return result;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LineIndex
        && ((LineIndex) other).rootLine == rootLine
        && ((LineIndex) other).lines.equals(lines);
  }

  @Override
  public int hashCode() {
    return 31 * rootLine + lines.hashCode();
  }

  @Override
  public String toString() {
    return "LineIndex{line " + rootLine + ", " + lines.size() + " fields}";
  }
}
