/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The scheme of a {@code RequestRedirect} filter (CRD enum {@code http}, {@code https}). */
public enum HTTPRedirectScheme {
  @JsonProperty("http")
  HTTP("http"),
  @JsonProperty("https")
  HTTPS("https");

  private final String wireValue;

  HTTPRedirectScheme(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
