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

/** An address requested for a Gateway: its type and, optionally, its value. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableGatewaySpecAddress.class)
@JsonDeserialize(as = ImmutableGatewaySpecAddress.class)
public interface GatewaySpecAddress {

  /** Address type for an IP address. */
  String IP_ADDRESS = "IPAddress";

  /** Address type for a DNS name. */
  String HOSTNAME = "Hostname";

  /** Deprecated address type for a named (e.g. cloud static) address. */
  String NAMED_ADDRESS = "NamedAddress";

  /**
   * {@code IPAddress} (default), {@code Hostname}, {@code NamedAddress} or a domain-prefixed custom
   * type such as {@code example.com/eip}.
   */
  @Value.Default
  default String type() {
    return IP_ADDRESS;
  }

  /** The address (at most 253 characters); absent asks the implementation to assign one. */
  Optional<String> value();

  /** A builder. */
  static ImmutableGatewaySpecAddress.Builder builder() {
    return ImmutableGatewaySpecAddress.builder();
  }
}
