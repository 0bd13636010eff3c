/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.status;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The status of a {@link Condition}. */
public enum ConditionStatus {
  @JsonProperty("True")
  TRUE("True"),
  @JsonProperty("False")
  FALSE("False"),
  @JsonProperty("Unknown")
  UNKNOWN("Unknown");

  private final String wireValue;

  ConditionStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /** {@code True} or {@code False}. */
  public static ConditionStatus of(boolean value) {
    return value ? TRUE : FALSE;
  }

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
