/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Gateway API {@code GRPCBackendRef}: a weighted backend of a GRPCRoute rule, with filters that run
 * only for requests sent to it.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableGRPCBackendRef.class)
@JsonDeserialize(as = ImmutableGRPCBackendRef.class)
public interface GRPCBackendRef extends BackendRef {

  /** Filters for this backend only; at most 16. */
  List<GRPCRouteFilter> filters();

  /** A builder. */
  static ImmutableGRPCBackendRef.Builder builder() {
    return ImmutableGRPCBackendRef.builder();
  }
}
