/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.core;

import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A port of every endpoint in an {@link EndpointSlice}, named like the Service port it serves. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableEndpointPort.class)
@JsonDeserialize(as = ImmutableEndpointPort.class)
public interface EndpointPort {

  /** The name of the Service port it serves; empty for the single unnamed port. */
  @Value.Default
  default String name() {
    return "";
  }

  /** The port number; absent means all ports. */
  Optional<Integer> port();

  @Value.Default
  default PortProtocol protocol() {
    return PortProtocol.TCP;
  }

  Optional<String> appProtocol();

  /** A builder. */
  static ImmutableEndpointPort.Builder builder() {
    return ImmutableEndpointPort.builder();
  }
}
