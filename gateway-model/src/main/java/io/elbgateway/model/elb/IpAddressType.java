/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code IpAddressType} of a load balancer. */
public enum IpAddressType {
  @JsonProperty("ipv4")
  IPV4("ipv4"),
  @JsonProperty("dualstack")
  DUALSTACK("dualstack"),
  @JsonProperty("dualstack-without-public-ipv4")
  DUALSTACK_WITHOUT_PUBLIC_IPV4("dualstack-without-public-ipv4");

  private final String wireValue;

  IpAddressType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written on the wire. */
  @Override
  public String toString() {
    return wireValue;
  }
}
