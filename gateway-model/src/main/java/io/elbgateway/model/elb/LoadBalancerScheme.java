/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The ELBv2 load balancer {@code Scheme}: reachable from the internet or only inside the VPC. */
public enum LoadBalancerScheme {
  @JsonProperty("internet-facing")
  INTERNET_FACING("internet-facing"),
  @JsonProperty("internal")
  INTERNAL("internal");

  private final String wireValue;

  LoadBalancerScheme(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written on the wire. */
  @Override
  public String toString() {
    return wireValue;
  }
}
