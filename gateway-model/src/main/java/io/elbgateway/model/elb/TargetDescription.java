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
 * A target to register in a target group ({@code TargetDescription}): an instance ID, IP address,
 * Lambda ARN or ALB ARN, with optional port and zone.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTargetDescription.class)
@JsonDeserialize(as = ImmutableTargetDescription.class)
public interface TargetDescription {

  @JsonProperty("Id")
  String id();

  /** The port; absent means the target group's port. */
  @JsonProperty("Port")
  Optional<Integer> port();

  /** The zone, or {@code all} for IP targets outside the VPC. */
  @JsonProperty("AvailabilityZone")
  Optional<String> availabilityZone();

  /** A target with a port. */
  static TargetDescription of(String id, int port) {
    return builder().id(id).port(port).build();
  }

  /** A builder. */
  static ImmutableTargetDescription.Builder builder() {
    return ImmutableTargetDescription.builder();
  }
}
