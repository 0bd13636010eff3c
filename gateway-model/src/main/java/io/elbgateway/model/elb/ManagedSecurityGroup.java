/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.elbgateway.model.ModelStyle;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The frontend security group elbgateway creates and owns for a load balancer: which sources may
 * reach its listener ports.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableManagedSecurityGroup.class)
@JsonDeserialize(as = ImmutableManagedSecurityGroup.class)
public interface ManagedSecurityGroup {

  /**
   * CIDRs allowed in; empty means anywhere ({@code 0.0.0.0/0}, and {@code ::/0} when dual-stack).
   */
  @JsonProperty("SourceRanges")
  List<String> sourceRanges();

  /** Managed prefix list IDs ({@code pl-...}) allowed in, besides {@link #sourceRanges()}. */
  @JsonProperty("PrefixListIds")
  List<String> prefixListIds();

  /**
   * Whether ICMP is allowed in from the same sources, so that path MTU discovery works through a
   * Network Load Balancer (LoadBalancerConfiguration {@code enableICMP}); left out of the output
   * when false.
   */
  @JsonProperty("AllowIcmp")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  @Value.Default
  default boolean allowIcmp() {
    return false;
  }

  /** A builder. */
  static ImmutableManagedSecurityGroup.Builder builder() {
    return ImmutableManagedSecurityGroup.builder();
  }
}
