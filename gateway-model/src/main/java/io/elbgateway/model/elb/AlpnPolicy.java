/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An {@code AlpnPolicy} name of a TLS listener. */
public enum AlpnPolicy {
  @JsonProperty("HTTP1Only")
  HTTP1_ONLY("HTTP1Only"),
  @JsonProperty("HTTP2Only")
  HTTP2_ONLY("HTTP2Only"),
  @JsonProperty("HTTP2Optional")
  HTTP2_OPTIONAL("HTTP2Optional"),
  @JsonProperty("HTTP2Preferred")
  HTTP2_PREFERRED("HTTP2Preferred"),
  @JsonProperty("None")
  NONE("None");

  private final String wireValue;

  AlpnPolicy(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written on the wire. */
  @Override
  public String toString() {
    return wireValue;
  }
}
