/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.core;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The {@code spec.type} of a Service: how it is exposed. */
public enum ServiceType {
  @JsonProperty("ClusterIP")
  CLUSTER_IP("ClusterIP"),
  @JsonProperty("NodePort")
  NODE_PORT("NodePort"),
  @JsonProperty("LoadBalancer")
  LOAD_BALANCER("LoadBalancer"),
  @JsonProperty("ExternalName")
  EXTERNAL_NAME("ExternalName");

  private final String wireValue;

  ServiceType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written on the wire. */
  @Override
  public String toString() {
    return wireValue;
  }
}
