/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether a verifying mTLS listener advertises its trust store's CA names. */
public enum AdvertiseTrustStoreCaNames {
  @JsonProperty("on")
  ON("on"),
  @JsonProperty("off")
  OFF("off");

  private final String wireValue;

  AdvertiseTrustStoreCaNames(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written in a manifest. */
  @Override
  public String toString() {
    return wireValue;
  }
}
