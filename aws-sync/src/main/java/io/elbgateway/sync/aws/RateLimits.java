/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.aws;

import io.elbgateway.model.ModelStyle;
import java.util.EnumMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The client-side rate limit of each {@link ApiGroup}. The defaults stay under what AWS publishes or
 * what AWS Load Balancer Controller uses against the same buckets (lbc-gateway.md §5): ELBv2
 * describes 10/s with a burst of 40 (the published Describe bucket), changes 3/s burst 20, target
 * registration 4/s burst 20, WAFv2 1/s burst 5, ACM 5/s burst 10, Shield 1/s burst 5. A group
 * without an entry is not limited.
 */
@Value.Immutable
@ModelStyle
public interface RateLimits {

  /** The rate of each limited group. */
  Map<ApiGroup, Rate> rates();

  /** The defaults above. */
  static RateLimits defaults() {
    Map<ApiGroup, Rate> rates = new EnumMap<>(ApiGroup.class);
    rates.put(ApiGroup.ELBV2_DESCRIBE, Rate.of(10, 40));
    rates.put(ApiGroup.ELBV2_CHANGE, Rate.of(3, 20));
    rates.put(ApiGroup.ELBV2_TARGETS, Rate.of(4, 20));
    rates.put(ApiGroup.WAFV2, Rate.of(1, 5));
    rates.put(ApiGroup.ACM, Rate.of(5, 10));
    rates.put(ApiGroup.SHIELD, Rate.of(1, 5));
    return builder().rates(rates).build();
  }

  /** No limits at all (tests against in-memory AWS). */
  static RateLimits none() {
    return builder().build();
  }

  /** A builder. */
  static ImmutableRateLimits.Builder builder() {
    return ImmutableRateLimits.builder();
  }
}
