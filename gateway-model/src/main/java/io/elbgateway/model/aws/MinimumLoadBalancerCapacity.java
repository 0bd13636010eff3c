/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A load balancer capacity reservation ({@code spec.minimumLoadBalancerCapacity}). */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableMinimumLoadBalancerCapacity.class)
@JsonDeserialize(as = ImmutableMinimumLoadBalancerCapacity.class)
public interface MinimumLoadBalancerCapacity {

  /** The reserved load balancer capacity units. */
  int capacityUnits();

  /** A builder. */
  static ImmutableMinimumLoadBalancerCapacity.Builder builder() {
    return ImmutableMinimumLoadBalancerCapacity.builder();
  }
}
