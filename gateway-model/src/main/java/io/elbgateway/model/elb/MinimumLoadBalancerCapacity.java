/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A load balancer's capacity reservation ({@code MinimumLoadBalancerCapacity}). */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableMinimumLoadBalancerCapacity.class)
@JsonDeserialize(as = ImmutableMinimumLoadBalancerCapacity.class)
public interface MinimumLoadBalancerCapacity {

  /** The reserved capacity, in load balancer capacity units. */
  @JsonProperty("CapacityUnits")
  @Value.Parameter
  int capacityUnits();

  /** A reservation of this many capacity units. */
  static MinimumLoadBalancerCapacity of(int capacityUnits) {
    return ImmutableMinimumLoadBalancerCapacity.of(capacityUnits);
  }
}
