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
 * The health check of a target group. Every field is optional; unset fields take the controller's
 * defaults (which depend on ALB or NLB and the Service). The CRD sets no ranges on the numbers;
 * ELB's own limits are checked when translating.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHealthCheckConfiguration.class)
@JsonDeserialize(as = ImmutableHealthCheckConfiguration.class)
public interface HealthCheckConfiguration {

  /** Consecutive successes before an unhealthy target is healthy. */
  Optional<Integer> healthyThresholdCount();

  /** Seconds between health checks of one target. */
  Optional<Integer> healthCheckInterval();

  /** The HTTP(S) health check path. */
  Optional<String> healthCheckPath();

  /** A port number, {@code traffic-port}, or the name of a Service port. */
  Optional<String> healthCheckPort();

  /**
   * The protocol as written. The CRD's enum is {@code HTTP}, {@code HTTPS}, {@code TCP} and case-
   * sensitive; this model keeps the text so a manifest written with another case (e.g. {@code
   * http}) still reads, and the validator reports it as the API server would. Use {@link
   * #healthCheckProtocolValue()} for the parsed value.
   */
  Optional<String> healthCheckProtocol();

  /** Seconds without a response that make a check fail. */
  Optional<Integer> healthCheckTimeout();

  /** Consecutive failures before a target is unhealthy. */
  Optional<Integer> unhealthyThresholdCount();

  /** The codes that count as healthy. */
  Optional<HealthCheckMatcher> matcher();

  /**
   * {@link #healthCheckProtocol()} as an enum, read ignoring case ({@code http} gives
   * {@link HealthCheckProtocol#HTTP}); empty when unset or not a health check protocol.
   */
  default Optional<HealthCheckProtocol> healthCheckProtocolValue() {
    return healthCheckProtocol().flatMap(HealthCheckProtocol::parseIgnoringCase);
  }

  /** A builder. */
  static ImmutableHealthCheckConfiguration.Builder builder() {
    return ImmutableHealthCheckConfiguration.builder();
  }
}
