/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code StatusCode} of a redirect action. */
public enum RedirectStatusCode {
  @JsonProperty("HTTP_301")
  HTTP_301("HTTP_301"),
  @JsonProperty("HTTP_302")
  HTTP_302("HTTP_302");

  private final String wireValue;

  RedirectStatusCode(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written on the wire. */
  @Override
  public String toString() {
    return wireValue;
  }
}
