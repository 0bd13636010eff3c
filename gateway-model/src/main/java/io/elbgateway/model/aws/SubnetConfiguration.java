/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One explicit load balancer subnet ({@code spec.loadBalancerSubnets[]}), with the NLB per-subnet
 * address allocations. Every entry of the list should set the same subset of fields (the
 * controller rejects a mix).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSubnetConfiguration.class)
@JsonDeserialize(as = ImmutableSubnetConfiguration.class)
public interface SubnetConfiguration {

  /**
   * The subnet ID or {@code Name} tag. An empty string counts as unset, as in the reference
   * controller.
   */
  Optional<String> identifier();

  /** NLB, internet-facing only: the Elastic IP allocation for this subnet. */
  Optional<String> eipAllocation();

  /** NLB, internal only: the private IPv4 address in this subnet. */
  Optional<String> privateIPv4Allocation();

  /** NLB, dualstack only: the IPv6 address in this subnet. */
  Optional<String> ipv6Allocation();

  /** NLB: a /80 IPv6 prefix of the subnet for source NAT, or {@code auto_assigned}. */
  Optional<String> sourceNatIPv6Prefix();

  /** The identifier if set and not empty. */
  default Optional<String> effectiveIdentifier() {
    return identifier().filter(id -> !id.isEmpty());
  }

  /** A builder. */
  static ImmutableSubnetConfiguration.Builder builder() {
    return ImmutableSubnetConfiguration.builder();
  }
}
