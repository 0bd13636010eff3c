/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** Gateway API {@code HTTPHeader}: a header name and value to set or add. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHTTPHeader.class)
@JsonDeserialize(as = ImmutableHTTPHeader.class)
public interface HTTPHeader {

  /** The header name (1-256 token characters, case-insensitive). */
  String name();

  /** The value, 1-4096 characters. */
  String value();

  /** A header. */
  static HTTPHeader of(String name, String value) {
    return builder().name(name).value(value).build();
  }

  /** A builder. */
  static ImmutableHTTPHeader.Builder builder() {
    return ImmutableHTTPHeader.builder();
  }
}
