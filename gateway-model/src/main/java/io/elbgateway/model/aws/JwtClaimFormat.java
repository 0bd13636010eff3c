/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The format of an additional claim checked by a jwt-validation action. */
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

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
