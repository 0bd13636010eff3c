/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code TargetType} of a target group: what its targets' {@code Id}s name. */
public enum TargetType {
  @JsonProperty("instance")
  INSTANCE("instance"),
  @JsonProperty("ip")
  IP("ip"),
  @JsonProperty("lambda")
  LAMBDA("lambda"),
  @JsonProperty("alb")
  ALB("alb");

  private final String wireValue;

  TargetType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written on the wire. */
  @Override
  public String toString() {
    return wireValue;
  }
}
