/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import java.util.Optional;

/** An ELBv2 listener or target group protocol, as named in {@code protocolPort} and {@code TargetGroupProps.protocol}. */
public enum ElbProtocol {
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
  TCP_UDP("TCP_UDP");

  private final String wireValue;

  ElbProtocol(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * The constant whose wire value equals {@code text} ignoring case, e.g. {@code http} gives
   * {@link #HTTP}; empty when there is none.
   */
  public static Optional<ElbProtocol> parseIgnoringCase(String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    for (ElbProtocol value : values()) {
      if (value.wireValue.equals(upper)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
