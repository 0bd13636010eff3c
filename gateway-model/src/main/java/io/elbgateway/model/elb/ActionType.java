/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code Type} of a listener rule action. */
public enum ActionType {
  @JsonProperty("forward")
  FORWARD("forward"),
  @JsonProperty("redirect")
  REDIRECT("redirect"),
  @JsonProperty("fixed-response")
  FIXED_RESPONSE("fixed-response"),
  @JsonProperty("authenticate-oidc")
  AUTHENTICATE_OIDC("authenticate-oidc"),
  @JsonProperty("authenticate-cognito")
  AUTHENTICATE_COGNITO("authenticate-cognito"),
  @JsonProperty("jwt-validation")
  JWT_VALIDATION("jwt-validation");

  private final String wireValue;

  ActionType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written on the wire. */
  @Override
  public String toString() {
    return wireValue;
  }
}
