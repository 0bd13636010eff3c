/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Where in an object a field sits, written as {@code .spec.rules[0].matches[1].path.value}: the
 * form {@code kubectl} and the API server use in their messages.
 */
public final class FieldPath {

  private static final FieldPath ROOT = new FieldPath(List.of());

  private final List<Object> segments; // String field names and Integer indexes

  private FieldPath(List<Object> segments) {
    this.segments = segments;
  }

  /** The object itself. */
  public static FieldPath root() {
    return ROOT;
  }

  /** Parses {@code .spec.rules[0].name} back into a path. */
  public static FieldPath parse(String text) {
    FieldPath path = ROOT;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '.') {
        int end = i + 1;
        while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
          end++;
        }
        path = path.field(text.substring(i + 1, end));
        i = end;
      } else if (c == '[') {
        int end = text.indexOf(']', i);
        if (end < 0) {
          throw new IllegalArgumentException("unclosed [ in field path: " + text);
        }
        path = path.index(Integer.parseInt(text.substring(i + 1, end)));
        i = end + 1;
      } else {
        throw new IllegalArgumentException("a field path starts each segment with . or [: " + text);
      }
    }
    return path;
  }

  /** This path followed by a field name. */
  public FieldPath field(String name) {
    return append(Objects.requireNonNull(name));
  }

  /** This path followed by a list index. */
  public FieldPath index(int index) {
    return append(index);
  }

  /** This path followed by a field and an index into it: {@code .rules[2]}. */
  public FieldPath field(String name, int index) {
    return field(name).index(index);
  }

  /** The segments: field names as {@link String}s, list indexes as {@link Integer}s. */
  public List<Object> segments() {
    return segments;
  }

  /** Whether this path is {@code other} or lies inside it. */
  public boolean startsWith(FieldPath other) {
    return segments.size() >= other.segments.size()
        && segments.subList(0, other.segments.size()).equals(other.segments);
  }

  /** The path one segment up; the root's parent is the root. */
  public FieldPath parent() {
    return segments.isEmpty() ? this : new FieldPath(segments.subList(0, segments.size() - 1));
  }

  private FieldPath append(Object segment) {
    List<Object> longer = new ArrayList<>(segments.size() + 1);
    longer.addAll(segments);
    longer.add(segment);
    return new FieldPath(Collections.unmodifiableList(longer));
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Object segment : segments) {
      if (segment instanceof Integer) {
        text.append('[').append(segment).append(']');
      } else {
        text.append('.').append(segment);
      }
    }
    return text.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FieldPath && ((FieldPath) other).segments.equals(segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }
}
