/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Gateway API {@code QueryParamMatchType}: how an HTTPRoute query parameter match compares the
 * value.
 */
public enum HTTPQueryParamMatchType {
  @JsonProperty("Exact")
  EXACT("Exact"),
  @JsonProperty("RegularExpression")
  REGULAR_EXPRESSION("RegularExpression");

  private final String wireValue;

  HTTPQueryParamMatchType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
