/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One query parameter a {@code query-string} condition looks for: an optional key and a value
 * (case-insensitive, wildcards; literal {@code *} and {@code ?} escaped with a backslash).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableQueryStringKeyValuePair.class)
@JsonDeserialize(as = ImmutableQueryStringKeyValuePair.class)
public interface QueryStringKeyValuePair {

  /** The parameter name; absent matches the value under any key. */
  @JsonProperty("Key")
  Optional<String> key();

  @JsonProperty("Value")
  String value();

  /** A key and value pair. */
  static QueryStringKeyValuePair of(String key, String value) {
    return builder().key(key).value(value).build();
  }

  /** A builder. */
  static ImmutableQueryStringKeyValuePair.Builder builder() {
    return ImmutableQueryStringKeyValuePair.builder();
  }
}
