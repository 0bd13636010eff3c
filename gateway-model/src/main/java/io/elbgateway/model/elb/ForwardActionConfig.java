/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.elbgateway.model.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The {@code ForwardConfig} of a forward action: up to 5 weighted target groups and optional group
 * stickiness.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableForwardActionConfig.class)
@JsonDeserialize(as = ImmutableForwardActionConfig.class)
public interface ForwardActionConfig {

  @JsonProperty("TargetGroups")
  List<TargetGroupTuple> targetGroups();

  @JsonProperty("TargetGroupStickinessConfig")
  Optional<TargetGroupStickinessConfig> targetGroupStickinessConfig();

  /** A builder. */
  static ImmutableForwardActionConfig.Builder builder() {
    return ImmutableForwardActionConfig.builder();
  }
}
