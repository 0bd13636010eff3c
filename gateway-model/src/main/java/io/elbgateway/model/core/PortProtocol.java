/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.core;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The IP protocol of a Service or EndpointSlice port. */
public enum PortProtocol {
  @JsonProperty("TCP")
  TCP("TCP"),
  @JsonProperty("UDP")
  UDP("UDP"),
  @JsonProperty("SCTP")
  SCTP("SCTP");

  private final String wireValue;

  PortProtocol(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written on the wire. */
  @Override
  public String toString() {
    return wireValue;
  }
}
