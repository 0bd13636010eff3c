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
 * A {@code host-header} condition: the Host header matches one of {@code Values} (case-insensitive,
 * {@code *} and {@code ?} wildcards) or one of {@code RegexValues}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHostHeaderConditionConfig.class)
@JsonDeserialize(as = ImmutableHostHeaderConditionConfig.class)
public interface HostHeaderConditionConfig {

  @JsonProperty("Values")
  List<String> values();

  @JsonProperty("RegexValues")
  List<String> regexValues();

  /** A builder. */
  static ImmutableHostHeaderConditionConfig.Builder builder() {
    return ImmutableHostHeaderConditionConfig.builder();
  }
}
