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

/** Experimental: the namespaces ListenerSets may attach to a Gateway from. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableListenerNamespaces.class)
@JsonDeserialize(as = ImmutableListenerNamespaces.class)
public interface ListenerNamespaces {

  /** All, Selector, Same or None (default). */
  @Value.Default
  default FromNamespaces from() {
    return FromNamespaces.NONE;
  }

  /** Selects namespaces by label when {@code from} is Selector; ignored otherwise. */
  Optional<LabelSelector> selector();

  /** A builder. */
  static ImmutableListenerNamespaces.Builder builder() {
    return ImmutableListenerNamespaces.builder();
  }
}
