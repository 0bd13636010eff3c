/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.core;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A Service's {@code spec.externalTrafficPolicy}: whether external traffic may leave the node it
 * arrived at.
 */
public enum TrafficPolicy {
  @JsonProperty("Cluster")
  CLUSTER("Cluster"),
  @JsonProperty("Local")
  LOCAL("Local");

  private final String wireValue;

  TrafficPolicy(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written on the wire. */
  @Override
  public String toString() {
    return wireValue;
  }
}
