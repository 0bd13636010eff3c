/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.LabelSelector;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The namespaces routes may attach to a listener from. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableRouteNamespaces.class)
@JsonDeserialize(as = ImmutableRouteNamespaces.class)
public interface RouteNamespaces {

  /** All, Selector or Same (default). */
  @Value.Default
  default FromNamespaces from() {
    return FromNamespaces.SAME;
  }

  /** Selects namespaces by label when {@code from} is Selector; ignored otherwise. */
  Optional<LabelSelector> selector();

  /** A builder. */
  static ImmutableRouteNamespaces.Builder builder() {
    return ImmutableRouteNamespaces.builder();
  }
}
