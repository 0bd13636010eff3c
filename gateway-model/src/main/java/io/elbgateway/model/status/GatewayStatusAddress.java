/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.status;

import io.elbgateway.model.ModelStyle;

import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An address a Gateway is reachable at; for an ELB, its DNS name with type {@code Hostname}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableGatewayStatusAddress.class)
@JsonDeserialize(as = ImmutableGatewayStatusAddress.class)
public interface GatewayStatusAddress {

  /** {@code IPAddress}, {@code Hostname}, or a domain-prefixed type. */
  @Value.Default
  default String type() {
    return "IPAddress";
  }

  String value();

  /** A builder. */
  static ImmutableGatewayStatusAddress.Builder builder() {
    return ImmutableGatewayStatusAddress.builder();
  }
}
