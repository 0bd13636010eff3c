/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Well-known CA certificate sets a BackendTLSPolicy may trust instead of explicit CA references. */
public enum WellKnownCACertificatesType {
  @JsonProperty("System")
  SYSTEM("System");

  private final String wireValue;

  WellKnownCACertificatesType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
