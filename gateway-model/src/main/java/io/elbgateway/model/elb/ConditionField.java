/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code Field} of a listener rule condition. */
public enum ConditionField {
  @JsonProperty("host-header")
  HOST_HEADER("host-header"),
  @JsonProperty("path-pattern")
  PATH_PATTERN("path-pattern"),
  @JsonProperty("http-header")
  HTTP_HEADER("http-header"),
  @JsonProperty("query-string")
  QUERY_STRING("query-string"),
  @JsonProperty("http-request-method")
  HTTP_REQUEST_METHOD("http-request-method"),
  @JsonProperty("source-ip")
  SOURCE_IP("source-ip");

  private final String wireValue;

  ConditionField(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written on the wire. */
  @Override
  public String toString() {
    return wireValue;
  }
}
