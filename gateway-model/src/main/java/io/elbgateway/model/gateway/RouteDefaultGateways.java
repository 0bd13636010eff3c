/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The experimental {@code spec.useDefaultGateways} of every route kind (GEP-3793): {@code All}
 * attaches the route to every Gateway whose {@code defaultScope} is {@code All}.
 */
public enum RouteDefaultGateways {
  @JsonProperty("All")
  ALL("All"),
  @JsonProperty("None")
  NONE("None");

  private final String wireValue;

  RouteDefaultGateways(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
