/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Gateway API {@code CookieLifetimeType}: whether a session-persistence cookie is a session cookie
 * or a permanent one.
 */
public enum CookieLifetimeType {
  @JsonProperty("Permanent")
  PERMANENT("Permanent"),
  @JsonProperty("Session")
  SESSION("Session");

  private final String wireValue;

  CookieLifetimeType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
