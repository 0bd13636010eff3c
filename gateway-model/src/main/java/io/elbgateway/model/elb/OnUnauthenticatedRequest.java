/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What an authenticate action does with an unauthenticated request: {@code deny} (401), {@code
 * allow}, or {@code authenticate} (redirect to the identity provider, the default).
 */
public enum OnUnauthenticatedRequest {
  @JsonProperty("deny")
  DENY("deny"),
  @JsonProperty("allow")
  ALLOW("allow"),
  @JsonProperty("authenticate")
  AUTHENTICATE("authenticate");

  private final String wireValue;

  OnUnauthenticatedRequest(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written on the wire. */
  @Override
  public String toString() {
    return wireValue;
  }
}
