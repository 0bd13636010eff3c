/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code IpAddressType} of a target group (and of an NLB {@code source-ip} condition). */
public enum TargetGroupIpAddressType {
  @JsonProperty("ipv4")
  IPV4("ipv4"),
  @JsonProperty("ipv6")
  IPV6("ipv6");

  private final String wireValue;

  TargetGroupIpAddressType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written on the wire. */
  @Override
  public String toString() {
    return wireValue;
  }
}
