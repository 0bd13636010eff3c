/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code Format} of an additional claim a jwt-validation action checks. */
public enum JwtClaimFormat {
  @JsonProperty("single-string")
  SINGLE_STRING("single-string"),
  @JsonProperty("string-array")
  STRING_ARRAY("string-array"),
  @JsonProperty("space-separated-values")
  SPACE_SEPARATED_VALUES("space-separated-values");

  private final String wireValue;

  JwtClaimFormat(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written on the wire. */
  @Override
  public String toString() {
    return wireValue;
  }
}
