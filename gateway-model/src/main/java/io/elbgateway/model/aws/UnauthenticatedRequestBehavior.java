/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What an authenticate action does with a request from an unauthenticated user ({@code onUnauthenticatedRequest}). */
public enum UnauthenticatedRequestBehavior {
  /** Answer 401. */
  @JsonProperty("deny")
  DENY("deny"),
  /** Forward the request without user claims. */
  @JsonProperty("allow")
  ALLOW("allow"),
  /** Redirect to the identity provider; the CRD default. */
  @JsonProperty("authenticate")
  AUTHENTICATE("authenticate");

  private final String wireValue;

  UnauthenticatedRequestBehavior(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
