/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One rewrite of a transform: a regular expression and its replacement (which may use capture
 * groups {@code $1}, {@code $2}).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableRewriteConfig.class)
@JsonDeserialize(as = ImmutableRewriteConfig.class)
public interface RewriteConfig {

  @JsonProperty("Regex")
  String regex();

  @JsonProperty("Replace")
  String replace();

  /** A rewrite. */
  static RewriteConfig of(String regex, String replace) {
    return builder().regex(regex).replace(replace).build();
  }

  /** A builder. */
  static ImmutableRewriteConfig.Builder builder() {
    return ImmutableRewriteConfig.builder();
  }
}
