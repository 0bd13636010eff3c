/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a GatewayClass-attached {@code LoadBalancerConfiguration} combines with a Gateway-attached one ({@code spec.mergingMode}). */
public enum MergingMode {
  /** The Gateway's configuration wins where both set a field. */
  @JsonProperty("prefer-gateway")
  PREFER_GATEWAY("prefer-gateway"),
  /** The GatewayClass's configuration wins where both set a field (the controller's behaviour when unset). */
  @JsonProperty("prefer-gateway-class")
  PREFER_GATEWAY_CLASS("prefer-gateway-class");

  private final String wireValue;

  MergingMode(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
