/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import io.elbgateway.model.ModelStyle;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/** A string format from an API schema: length bounds and a pattern, with a name for messages. */
@Value.Immutable
@ModelStyle
public interface Format {

  /** What the value should be, for messages: {@code hostname}, {@code Duration}. */
  String description();

  Pattern pattern();

  @Value.Default
  default int minLength() {
    return 1;
  }

  int maxLength();

  /** A format. */
  static Format of(String description, String regex, int minLength, int maxLength) {
    return ImmutableFormat.builder()
        .description(description)
        .pattern(Pattern.compile(regex))
        .minLength(minLength)
        .maxLength(maxLength)
        .build();
  }
}
