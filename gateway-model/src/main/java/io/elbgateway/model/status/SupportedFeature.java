/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.status;

import io.elbgateway.model.ModelStyle;

import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One entry of a GatewayClass's {@code status.supportedFeatures}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSupportedFeature.class)
@JsonDeserialize(as = ImmutableSupportedFeature.class)
public interface SupportedFeature {

  String name();

  /** The feature of that name. */
  static SupportedFeature of(String name) {
    return builder().name(name).build();
  }

  /** A builder. */
  static ImmutableSupportedFeature.Builder builder() {
    return ImmutableSupportedFeature.builder();
  }
}
