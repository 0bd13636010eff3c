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
 * Target group properties for the routes one {@link RouteIdentifier} selects ({@code
 * spec.routeConfigurations[]}).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableRouteConfiguration.class)
@JsonDeserialize(as = ImmutableRouteConfiguration.class)
public interface RouteConfiguration {

  /** The routes this entry applies to. */
  RouteIdentifier routeIdentifier();

  /** The properties, layered over {@code defaultConfiguration}. */
  TargetGroupProps targetGroupProps();

  /** A builder. */
  static ImmutableRouteConfiguration.Builder builder() {
    return ImmutableRouteConfiguration.builder();
  }
}
