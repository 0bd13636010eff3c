/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The request field a {@code ListenerRuleConfiguration} condition matches; only {@code source-ip}. */
public enum ListenerRuleConditionField {
  @JsonProperty("source-ip")
  SOURCE_IP("source-ip");

  private final String wireValue;

  ListenerRuleConditionField(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
