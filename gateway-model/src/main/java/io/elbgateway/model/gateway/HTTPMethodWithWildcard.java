/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Gateway API {@code HTTPMethodWithWildcard}: a method a CORS filter allows, or {@code *} for all
 * methods.
 */
public enum HTTPMethodWithWildcard {
  @JsonProperty("GET")
  GET("GET"),
  @JsonProperty("HEAD")
  HEAD("HEAD"),
  @JsonProperty("POST")
  POST("POST"),
  @JsonProperty("PUT")
  PUT("PUT"),
  @JsonProperty("DELETE")
  DELETE("DELETE"),
  @JsonProperty("CONNECT")
  CONNECT("CONNECT"),
  @JsonProperty("OPTIONS")
  OPTIONS("OPTIONS"),
  @JsonProperty("TRACE")
  TRACE("TRACE"),
  @JsonProperty("PATCH")
  PATCH("PATCH"),
  @JsonProperty("*")
  WILDCARD("*");

  private final String wireValue;

  HTTPMethodWithWildcard(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
