/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.aws;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;

/** A token bucket's rate: tokens added per second and how many it holds. */
@Value.Immutable
@ModelStyle
public interface Rate {

  /** Tokens added per second; more than zero. */
  @Value.Parameter
  double perSecond();

  /** The most tokens the bucket holds, that is the burst; at least 1. */
  @Value.Parameter
  int burst();

  /** Requires a positive rate and burst. */
  @Value.Check
  default void check() {
    if (!(perSecond() > 0) || burst() < 1) {
      throw new IllegalArgumentException("a rate needs perSecond > 0 and burst >= 1");
    }
  }

  /** A rate. */
  static Rate of(double perSecond, int burst) {
    return ImmutableRate.of(perSecond, burst);
  }
}
