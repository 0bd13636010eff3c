/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How targets are registered in a target group: node instances (with NodePort) or pod IPs. */
public enum TargetType {
  @JsonProperty("instance")
  INSTANCE("instance"),
  @JsonProperty("ip")
  IP("ip");

  private final String wireValue;

  TargetType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
