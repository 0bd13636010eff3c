/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Gateway API {@code GRPCRouteFilterType}: which filter a GRPCRoute filter entry configures. */
public enum GRPCRouteFilterType {
  @JsonProperty("RequestHeaderModifier")
  REQUEST_HEADER_MODIFIER("RequestHeaderModifier"),
  @JsonProperty("ResponseHeaderModifier")
  RESPONSE_HEADER_MODIFIER("ResponseHeaderModifier"),
  @JsonProperty("RequestMirror")
  REQUEST_MIRROR("RequestMirror"),
  @JsonProperty("ExtensionRef")
  EXTENSION_REF("ExtensionRef");

  private final String wireValue;

  GRPCRouteFilterType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
