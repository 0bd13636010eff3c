/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Gateway API {@code SessionPersistenceType}: whether a session is tracked by a cookie (Core) or a
 * header (Extended).
 */
public enum SessionPersistenceType {
  @JsonProperty("Cookie")
  COOKIE("Cookie"),
  @JsonProperty("Header")
  HEADER("Header");

  private final String wireValue;

  SessionPersistenceType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
