/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.meta;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The operator of a {@link LabelSelectorRequirement}. */
public enum LabelSelectorOperator {
  @JsonProperty("In")
  IN("In"),
  @JsonProperty("NotIn")
  NOT_IN("NotIn"),
  @JsonProperty("Exists")
  EXISTS("Exists"),
  @JsonProperty("DoesNotExist")
  DOES_NOT_EXIST("DoesNotExist");

  private final String wireValue;

  LabelSelectorOperator(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
