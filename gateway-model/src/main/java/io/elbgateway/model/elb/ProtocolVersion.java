/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code ProtocolVersion} an ALB target group speaks to its targets. */
public enum ProtocolVersion {
  @JsonProperty("HTTP1")
  HTTP1("HTTP1"),
  @JsonProperty("HTTP2")
  HTTP2("HTTP2"),
  @JsonProperty("GRPC")
  GRPC("GRPC");

  private final String wireValue;

  ProtocolVersion(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written on the wire. */
  @Override
  public String toString() {
    return wireValue;
  }
}
