/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a listener handles client certificates (mutual TLS). */
public enum MutualAuthenticationMode {
  @JsonProperty("off")
  OFF("off"),
  /** Client certificates are passed to targets in headers, not verified. */
  @JsonProperty("passthrough")
  PASSTHROUGH("passthrough"),
  /** Client certificates are verified against a trust store. */
  @JsonProperty("verify")
  VERIFY("verify");

  private final String wireValue;

  MutualAuthenticationMode(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
