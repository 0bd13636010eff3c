/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.elbgateway.model.ModelStyle;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An {@code http-header} condition: the header {@code HttpHeaderName} has one of {@code Values}
 * (case-insensitive, wildcards) or matches one of {@code RegexValues}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHttpHeaderConditionConfig.class)
@JsonDeserialize(as = ImmutableHttpHeaderConditionConfig.class)
public interface HttpHeaderConditionConfig {

  /** The header name (not {@code Host}; use a host-header condition for it). */
  @JsonProperty("HttpHeaderName")
  String httpHeaderName();

  @JsonProperty("Values")
  List<String> values();

  @JsonProperty("RegexValues")
  List<String> regexValues();

  /** A builder. */
  static ImmutableHttpHeaderConditionConfig.Builder builder() {
    return ImmutableHttpHeaderConditionConfig.builder();
  }
}
