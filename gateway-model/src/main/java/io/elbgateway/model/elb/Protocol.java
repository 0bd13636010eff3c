/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An ELBv2 listener or target group {@code Protocol}: {@code HTTP}/{@code HTTPS} for ALB, {@code
 * TCP}/{@code TLS}/{@code UDP}/{@code TCP_UDP}/{@code QUIC}/{@code TCP_QUIC} for NLB.
 */
public enum Protocol {
  @JsonProperty("HTTP")
  HTTP("HTTP"),
  @JsonProperty("HTTPS")
  HTTPS("HTTPS"),
  @JsonProperty("TCP")
  TCP("TCP"),
  @JsonProperty("TLS")
  TLS("TLS"),
  @JsonProperty("UDP")
  UDP("UDP"),
  @JsonProperty("TCP_UDP")
  TCP_UDP("TCP_UDP"),
  @JsonProperty("QUIC")
  QUIC("QUIC"),
  @JsonProperty("TCP_QUIC")
  TCP_QUIC("TCP_QUIC"),
  @JsonProperty("GENEVE")
  GENEVE("GENEVE");

  private final String wireValue;

  Protocol(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written on the wire. */
  @Override
  public String toString() {
    return wireValue;
  }
}
