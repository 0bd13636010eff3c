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

/** A listener of a Gateway: a logical endpoint (port, protocol, hostname) where it accepts connections. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableListener.class)
@JsonDeserialize(as = ImmutableListener.class)
public interface Listener extends ListenerDefinition {

  @Override
  String name();

  @Override
  Optional<String> hostname();

  /** The port, 1 to 65535. */
  @Override
  int port();

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
  static ImmutableListener.Builder builder() {
    return ImmutableListener.builder();
  }
}
