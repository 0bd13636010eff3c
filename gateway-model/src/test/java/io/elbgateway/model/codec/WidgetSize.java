/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.codec;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The size of a test {@link Widget}. */
public enum WidgetSize {
  @JsonProperty("Small")
  SMALL("Small"),
  @JsonProperty("Large")
  LARGE("Large");

  private final String wireValue;

  WidgetSize(String wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  public String toString() {
    return wireValue;
  }
}
