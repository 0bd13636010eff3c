/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.status;

import io.elbgateway.model.ModelStyle;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The status of a GatewayClass.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableGatewayClassStatus.class)
@JsonDeserialize(as = ImmutableGatewayClassStatus.class)
public interface GatewayClassStatus {

  List<Condition> conditions();

  /** Sorted by name, as the spec asks. */
  List<SupportedFeature> supportedFeatures();

  /** A builder. */
  static ImmutableGatewayClassStatus.Builder builder() {
    return ImmutableGatewayClassStatus.builder();
  }
}
