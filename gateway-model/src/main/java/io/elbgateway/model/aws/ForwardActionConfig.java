/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The settings of a forward action that a {@code ListenerRuleConfiguration} adds; the targets
 * themselves come from the route's backendRefs.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableForwardActionConfig.class)
@JsonDeserialize(as = ImmutableForwardActionConfig.class)
public interface ForwardActionConfig {

  /**
   * Target group stickiness; the CRD defaults it to {@code {}} (its own defaults then apply).
   */
  @Value.Default
  default TargetGroupStickinessConfig targetGroupStickinessConfig() {
    return TargetGroupStickinessConfig.builder().build();
  }

  /** A builder. */
  static ImmutableForwardActionConfig.Builder builder() {
    return ImmutableForwardActionConfig.builder();
  }
}
