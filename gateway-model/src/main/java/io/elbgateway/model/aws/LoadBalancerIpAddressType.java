/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The IP address type of a load balancer. */
public enum LoadBalancerIpAddressType {
  @JsonProperty("ipv4")
  IPV4("ipv4"),
  @JsonProperty("dualstack")
  DUALSTACK("dualstack"),
  @JsonProperty("dualstack-without-public-ipv4")
  DUALSTACK_WITHOUT_PUBLIC_IPV4("dualstack-without-public-ipv4");

  private final String wireValue;

  LoadBalancerIpAddressType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
