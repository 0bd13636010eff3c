/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.core;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The {@code addressType} of an EndpointSlice: what kind of address every endpoint in it carries.
 */
public enum AddressType {
  @JsonProperty("IPv4")
  IPV4("IPv4"),
  @JsonProperty("IPv6")
  IPV6("IPv6"),
  @JsonProperty("FQDN")
  FQDN("FQDN");

  private final String wireValue;

  AddressType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written on the wire. */
  @Override
  public String toString() {
    return wireValue;
  }
}
