/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where routes (for {@link RouteNamespaces}) or ListenerSets (for {@link ListenerNamespaces}) may come from; {@code None} is only valid for ListenerSets. */
public enum FromNamespaces {
  @JsonProperty("All")
  ALL("All"),
  @JsonProperty("Selector")
  SELECTOR("Selector"),
  @JsonProperty("Same")
  SAME("Same"),
  @JsonProperty("None")
  NONE("None");

  private final String wireValue;

  FromNamespaces(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
