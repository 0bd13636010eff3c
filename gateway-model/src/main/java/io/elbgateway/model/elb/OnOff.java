/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An ELBv2 {@code on}/{@code off} switch, e.g. {@code AdvertiseTrustStoreCaNames}. */
public enum OnOff {
  @JsonProperty("on")
  ON("on"),
  @JsonProperty("off")
  OFF("off");

  private final String wireValue;

  OnOff(String wireValue) {
    this.wireValue = wireValue;
  }

  /** The value as written on the wire. */
  @Override
  public String toString() {
    return wireValue;
  }
}
