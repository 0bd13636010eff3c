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
 * An {@code http-request-method} condition: the method is one of {@code Values} (exact,
 * case-sensitive).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHttpRequestMethodConditionConfig.class)
@JsonDeserialize(as = ImmutableHttpRequestMethodConditionConfig.class)
public interface HttpRequestMethodConditionConfig {

  @JsonProperty("Values")
  List<String> values();

  /** A builder. */
  static ImmutableHttpRequestMethodConditionConfig.Builder builder() {
    return ImmutableHttpRequestMethodConditionConfig.builder();
  }
}
