/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.core;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A Service's {@code spec.ipFamilyPolicy}: whether it is single- or dual-stack. */
public enum IpFamilyPolicy {
  @JsonProperty("SingleStack")
  SINGLE_STACK("SingleStack"),
  @JsonProperty("PreferDualStack")
  PREFER_DUAL_STACK("PreferDualStack"),
  @JsonProperty("RequireDualStack")
  REQUIRE_DUAL_STACK("RequireDualStack");

  private final String wireValue;

  IpFamilyPolicy(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written on the wire. */
  @Override
  public String toString() {
    return wireValue;
  }
}
