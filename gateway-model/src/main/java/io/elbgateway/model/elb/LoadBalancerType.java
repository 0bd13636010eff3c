/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The ELBv2 load balancer {@code Type}. */
public enum LoadBalancerType {
  @JsonProperty("application")
  APPLICATION("application"),
  @JsonProperty("network")
  NETWORK("network");

  private final String wireValue;

  LoadBalancerType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written on the wire. */
  @Override
  public String toString() {
    return wireValue;
  }
}
