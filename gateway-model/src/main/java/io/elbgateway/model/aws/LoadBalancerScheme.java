/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a load balancer is reachable from the internet or only inside its VPC. */
public enum LoadBalancerScheme {
  @JsonProperty("internal")
  INTERNAL("internal"),
  @JsonProperty("internet-facing")
  INTERNET_FACING("internet-facing");

  private final String wireValue;

  LoadBalancerScheme(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
