/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import io.elbgateway.model.ModelStyle;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The client addresses a source-ip condition matches. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSourceIpConditionConfig.class)
@JsonDeserialize(as = ImmutableSourceIpConditionConfig.class)
public interface SourceIpConditionConfig {

  /** CIDRs (at least one). */
  List<String> values();

  /** A builder. */
  static ImmutableSourceIpConditionConfig.Builder builder() {
    return ImmutableSourceIpConditionConfig.builder();
  }
}
