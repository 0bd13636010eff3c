/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The type of a {@code ListenerRuleConfiguration} action. */
public enum ActionType {
  @JsonProperty("forward")
  FORWARD("forward"),
  @JsonProperty("fixed-response")
  FIXED_RESPONSE("fixed-response"),
  @JsonProperty("redirect")
  REDIRECT("redirect"),
  @JsonProperty("authenticate-cognito")
  AUTHENTICATE_COGNITO("authenticate-cognito"),
  @JsonProperty("authenticate-oidc")
  AUTHENTICATE_OIDC("authenticate-oidc"),
  @JsonProperty("jwt-validation")
  JWT_VALIDATION("jwt-validation");

  private final String wireValue;

  ActionType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
