/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One subnet a load balancer sits in ({@code SubnetMapping}), one per Availability Zone, with the
 * addresses an NLB takes there.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSubnetMapping.class)
@JsonDeserialize(as = ImmutableSubnetMapping.class)
public interface SubnetMapping {

  /**
   * A subnet ID ({@code subnet-...}) or another identifier (the subnet's {@code Name} tag) that
   * aws-sync resolves to an ID.
   */
  @JsonProperty("SubnetId")
  String subnet();

  /** An Elastic IP allocation (internet-facing NLB). */
  @JsonProperty("AllocationId")
  Optional<String> allocationId();

  /** A private IPv4 address from the subnet (internal NLB). */
  @JsonProperty("PrivateIPv4Address")
  Optional<String> privateIpv4Address();

  /** An IPv6 address from the subnet (dual-stack NLB). */
  @JsonProperty("IPv6Address")
  Optional<String> ipv6Address();

  /** A /80 IPv6 prefix or {@code auto_assigned}, for IPv6 source NAT (NLB). */
  @JsonProperty("SourceNatIpv6Prefix")
  Optional<String> sourceNatIpv6Prefix();

  /** Whether {@link #subnet()} is a subnet ID rather than a name to resolve. */
  default boolean subnetIsId() {
    return subnet().startsWith("subnet-");
  }

  /** A mapping to just a subnet. */
  static SubnetMapping of(String subnet) {
    return builder().subnet(subnet).build();
  }

  /** A builder. */
  static ImmutableSubnetMapping.Builder builder() {
    return ImmutableSubnetMapping.builder();
  }
}
