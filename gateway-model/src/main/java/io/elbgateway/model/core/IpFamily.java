/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.core;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An IP family of a Service ({@code spec.ipFamilies}). */
public enum IpFamily {
  @JsonProperty("IPv4")
  IPV4("IPv4"),
  @JsonProperty("IPv6")
  IPV6("IPv6");

  private final String wireValue;

  IpFamily(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written on the wire. */
  @Override
  public String toString() {
    return wireValue;
  }
}
