/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync;

import java.util.Locale;

/** The state ELBv2 reports for a load balancer ({@code State.Code}). */
public enum LoadBalancerState {
  PROVISIONING,
  ACTIVE,
  ACTIVE_IMPAIRED,
  FAILED;

  /** The state for an ELBv2 state code ({@code active_impaired}); unknown codes read as provisioning. */
  public static LoadBalancerState of(String code) {
    try {
      return valueOf(String.valueOf(code).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return PROVISIONING;
    }
  }

  /** Whether traffic is served. */
  public boolean serving() {
    return this == ACTIVE || this == ACTIVE_IMPAIRED;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
