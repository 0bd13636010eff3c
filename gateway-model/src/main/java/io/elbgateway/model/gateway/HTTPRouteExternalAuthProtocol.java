/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Gateway API {@code HTTPRouteExternalAuthProtocol}: the protocol an {@code ExternalAuth} filter
 * speaks to its auth server.
 */
public enum HTTPRouteExternalAuthProtocol {
  @JsonProperty("HTTP")
  HTTP("HTTP"),
  @JsonProperty("GRPC")
  GRPC("GRPC");

  private final String wireValue;

  HTTPRouteExternalAuthProtocol(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
