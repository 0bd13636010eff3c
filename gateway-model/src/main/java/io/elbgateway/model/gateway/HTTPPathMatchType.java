/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Gateway API {@code PathMatchType}: how an HTTPRoute path match compares the request path. */
public enum HTTPPathMatchType {
  @JsonProperty("Exact")
  EXACT("Exact"),
  @JsonProperty("PathPrefix")
  PATH_PREFIX("PathPrefix"),
  @JsonProperty("RegularExpression")
  REGULAR_EXPRESSION("RegularExpression");

  private final String wireValue;

  HTTPPathMatchType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
