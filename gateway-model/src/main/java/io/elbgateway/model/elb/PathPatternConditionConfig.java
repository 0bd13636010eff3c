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
 * A {@code path-pattern} condition: the URL path (never the query) matches one of {@code Values}
 * (case-sensitive, {@code *} and {@code ?} wildcards) or one of {@code RegexValues}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutablePathPatternConditionConfig.class)
@JsonDeserialize(as = ImmutablePathPatternConditionConfig.class)
public interface PathPatternConditionConfig {

  @JsonProperty("Values")
  List<String> values();

  @JsonProperty("RegexValues")
  List<String> regexValues();

  /** A builder. */
  static ImmutablePathPatternConditionConfig.Builder builder() {
    return ImmutablePathPatternConditionConfig.builder();
  }
}
