/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A listener of a ListenerSet: like a Gateway {@link Listener}, but in the experimental
 * XListenerSet the port may be 0 or absent, leaving the choice to the implementation.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableListenerEntry.class)
@JsonDeserialize(as = ImmutableListenerEntry.class)
public interface ListenerEntry extends ListenerDefinition {

  @Override
  String name();

  @Override
  Optional<String> hostname();

  /** The port; 0 (the XListenerSet default) asks the implementation to assign one. */
  @Override
  @Value.Default
  default int port() {
    return 0;
  }

  @Override
  String protocol();

  @Override
  Optional<ListenerTLSConfig> tls();

  /** Defaults to {@code {namespaces: {from: Same}}}. */
  @Override
  @Value.Default
  default AllowedRoutes allowedRoutes() {
    return AllowedRoutes.builder().build();
  }

  /** A builder. */
  static ImmutableListenerEntry.Builder builder() {
    return ImmutableListenerEntry.builder();
  }
}
