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
 * Names the {@code TargetGroupConfiguration} (same namespace, without {@code targetReference})
 * whose properties are the defaults for every Service backend of the Gateway.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableDefaultTargetGroupConfigurationReference.class)
@JsonDeserialize(as = ImmutableDefaultTargetGroupConfigurationReference.class)
public interface DefaultTargetGroupConfigurationReference {

  /** The TargetGroupConfiguration's name. */
  String name();

  /** A builder. */
  static ImmutableDefaultTargetGroupConfigurationReference.Builder builder() {
    return ImmutableDefaultTargetGroupConfigurationReference.builder();
  }
}
