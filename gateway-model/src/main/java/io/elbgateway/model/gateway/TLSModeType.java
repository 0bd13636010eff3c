/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a listener handles TLS sessions: terminate them at the Gateway or pass them through to the backend (TLSRoute only). */
public enum TLSModeType {
  @JsonProperty("Terminate")
  TERMINATE("Terminate"),
  @JsonProperty("Passthrough")
  PASSTHROUGH("Passthrough");

  private final String wireValue;

  TLSModeType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
