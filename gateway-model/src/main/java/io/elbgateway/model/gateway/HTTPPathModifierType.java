/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Gateway API {@code HTTPPathModifierType}: how a redirect or rewrite replaces the request path.
 */
public enum HTTPPathModifierType {
  @JsonProperty("ReplaceFullPath")
  REPLACE_FULL_PATH("ReplaceFullPath"),
  @JsonProperty("ReplacePrefixMatch")
  REPLACE_PREFIX_MATCH("ReplacePrefixMatch");

  private final String wireValue;

  HTTPPathModifierType(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
