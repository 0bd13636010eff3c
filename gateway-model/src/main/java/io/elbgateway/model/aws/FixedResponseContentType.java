/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The content type of a fixed-response action. */
public enum FixedResponseContentType {
  @JsonProperty("text/plain")
  TEXT_PLAIN("text/plain"),
  @JsonProperty("text/css")
  TEXT_CSS("text/css"),
  @JsonProperty("text/html")
  TEXT_HTML("text/html"),
  @JsonProperty("application/javascript")
  APPLICATION_JAVASCRIPT("application/javascript"),
  @JsonProperty("application/json")
  APPLICATION_JSON("application/json");

  private final String wireValue;

  FixedResponseContentType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
