/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The form of a BackendTLSPolicy subject alternative name. */
public enum SubjectAltNameType {
  @JsonProperty("Hostname")
  HOSTNAME("Hostname"),
  @JsonProperty("URI")
  URI("URI");

  private final String wireValue;

  SubjectAltNameType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
