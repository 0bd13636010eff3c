/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Gateway API {@code GRPCMethodMatchType}: how a GRPCRoute method match compares service and
 * method.
 */
public enum GRPCMethodMatchType {
  @JsonProperty("Exact")
  EXACT("Exact"),
  @JsonProperty("RegularExpression")
  REGULAR_EXPRESSION("RegularExpression");

  private final String wireValue;

  GRPCMethodMatchType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
