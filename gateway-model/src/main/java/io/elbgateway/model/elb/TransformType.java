/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code Type} of a listener rule transform. */
public enum TransformType {
  @JsonProperty("host-header-rewrite")
  HOST_HEADER_REWRITE("host-header-rewrite"),
  @JsonProperty("url-rewrite")
  URL_REWRITE("url-rewrite");

  private final String wireValue;

  TransformType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written on the wire. */
  @Override
  public String toString() {
    return wireValue;
  }
}
