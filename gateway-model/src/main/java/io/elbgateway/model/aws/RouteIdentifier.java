/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Which routes a {@code routeConfigurations[]} entry applies to: kind, namespace and name, each
 * optional; the most specific matching entry wins (kind:namespace:name over kind:namespace over
 * kind).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableRouteIdentifier.class)
@JsonDeserialize(as = ImmutableRouteIdentifier.class)
public interface RouteIdentifier {

  /** The route kind, e.g. {@code HTTPRoute}. */
  Optional<String> kind();

  /** The route's namespace. */
  Optional<String> namespace();

  /** The route's name. */
  Optional<String> name();

  /** A builder. */
  static ImmutableRouteIdentifier.Builder builder() {
    return ImmutableRouteIdentifier.builder();
  }
}
