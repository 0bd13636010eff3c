/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** Experimental: which ListenerSets may attach to a Gateway. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableAllowedListeners.class)
@JsonDeserialize(as = ImmutableAllowedListeners.class)
public interface AllowedListeners {

  /** Defaults to {@code {from: None}}: no ListenerSet may attach. */
  @Value.Default
  default ListenerNamespaces namespaces() {
    return ListenerNamespaces.builder().build();
  }

  /** A builder. */
  static ImmutableAllowedListeners.Builder builder() {
    return ImmutableAllowedListeners.builder();
  }
}
