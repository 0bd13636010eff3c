/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Experimental {@code Gateway.spec.defaultScope}: whether the Gateway acts as a default Gateway for routes. */
public enum GatewayDefaultScope {
  @JsonProperty("All")
  ALL("All"),
  @JsonProperty("None")
  NONE("None");

  private final String wireValue;

  GatewayDefaultScope(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
