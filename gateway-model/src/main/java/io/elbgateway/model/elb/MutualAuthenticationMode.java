/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The mutual TLS {@code Mode} of an HTTPS listener. */
public enum MutualAuthenticationMode {
  @JsonProperty("off")
  OFF("off"),
  @JsonProperty("passthrough")
  PASSTHROUGH("passthrough"),
  @JsonProperty("verify")
  VERIFY("verify");

  private final String wireValue;

  MutualAuthenticationMode(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written on the wire. */
  @Override
  public String toString() {
    return wireValue;
  }
}
