/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Gateway API {@code GRPCRouteMatch}: a service/method match and header matches that all must hold.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableGRPCRouteMatch.class)
@JsonDeserialize(as = ImmutableGRPCRouteMatch.class)
public interface GRPCRouteMatch {

  /** The service/method match; absent matches every service and method. */
  Optional<GRPCMethodMatch> method();

  /** Header matches; at most 16, keyed by name. */
  List<GRPCHeaderMatch> headers();

  /** A builder. */
  static ImmutableGRPCRouteMatch.Builder builder() {
    return ImmutableGRPCRouteMatch.builder();
  }
}
