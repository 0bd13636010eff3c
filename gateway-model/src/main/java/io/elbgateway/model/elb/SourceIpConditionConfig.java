/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.elbgateway.model.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A {@code source-ip} condition: on an ALB the connection source address lies in one of the CIDRs
 * in {@code Values}; on an NLB it has {@code IpAddressType}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSourceIpConditionConfig.class)
@JsonDeserialize(as = ImmutableSourceIpConditionConfig.class)
public interface SourceIpConditionConfig {

  /** Source CIDRs (ALB), at most 5. */
  @JsonProperty("Values")
  List<String> values();

  /** The source IP version (NLB rules on dual-stack load balancers). */
  @JsonProperty("IpAddressType")
  Optional<TargetGroupIpAddressType> ipAddressType();

  /** A builder. */
  static ImmutableSourceIpConditionConfig.Builder builder() {
    return ImmutableSourceIpConditionConfig.builder();
  }
}
