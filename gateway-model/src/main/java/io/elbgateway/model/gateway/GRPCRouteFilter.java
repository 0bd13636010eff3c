/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.LocalObjectReference;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Gateway API {@code GRPCRouteFilter}: one processing step of a GRPCRoute rule or backend; exactly
 * the config block named by {@link #type()} is set.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableGRPCRouteFilter.class)
@JsonDeserialize(as = ImmutableGRPCRouteFilter.class)
public interface GRPCRouteFilter {

  GRPCRouteFilterType type();

  Optional<HTTPHeaderFilter> requestHeaderModifier();

  Optional<HTTPHeaderFilter> responseHeaderModifier();

  Optional<HTTPRequestMirrorFilter> requestMirror();

  Optional<LocalObjectReference> extensionRef();

  /** A builder. */
  static ImmutableGRPCRouteFilter.Builder builder() {
    return ImmutableGRPCRouteFilter.builder();
  }
}
