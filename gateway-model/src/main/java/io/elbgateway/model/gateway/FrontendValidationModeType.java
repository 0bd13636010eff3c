/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a Gateway treats client certificates that are missing or fail validation (experimental). */
public enum FrontendValidationModeType {
  @JsonProperty("AllowValidOnly")
  ALLOW_VALID_ONLY("AllowValidOnly"),
  @JsonProperty("AllowInsecureFallback")
  ALLOW_INSECURE_FALLBACK("AllowInsecureFallback");

  private final String wireValue;

  FrontendValidationModeType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
