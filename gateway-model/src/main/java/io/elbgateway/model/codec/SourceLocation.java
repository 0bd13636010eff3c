/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.codec;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;

/** Where a manifest object (or a problem) was read: the source as named by the caller, and a line. */
@Value.Immutable
@ModelStyle
public interface SourceLocation {

  /** The file as given (relative paths stay relative), or the name given with a stream or string. */
  @Value.Parameter
  String source();

  /** The 1-based line; 0 when the location is the whole source (e.g. a file that cannot be read). */
  @Value.Parameter
  int line();

  /** A location. */
  static SourceLocation of(String source, int line) {
    return ImmutableSourceLocation.of(source, line);
  }

  /** {@code source:line}, or just {@code source} without a line. */
  default String render() {
    return line() > 0 ? source() + ":" + line() : source();
  }
}
