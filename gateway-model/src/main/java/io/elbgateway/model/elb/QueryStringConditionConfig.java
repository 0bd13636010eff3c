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
 * A {@code query-string} condition: true when any of the listed key/value pairs is in the query
 * string.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableQueryStringConditionConfig.class)
@JsonDeserialize(as = ImmutableQueryStringConditionConfig.class)
public interface QueryStringConditionConfig {

  @JsonProperty("Values")
  List<QueryStringKeyValuePair> values();

  /** A builder. */
  static ImmutableQueryStringConditionConfig.Builder builder() {
    return ImmutableQueryStringConditionConfig.builder();
  }
}
