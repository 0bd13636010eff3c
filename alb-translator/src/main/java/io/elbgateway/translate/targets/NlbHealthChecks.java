/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.targets;

import io.elbgateway.model.aws.HealthCheckConfiguration;
import io.elbgateway.model.aws.HealthCheckMatcher;
import io.elbgateway.model.aws.HealthCheckProtocol;
import io.elbgateway.model.elb.ImmutableTargetGroup;
import io.elbgateway.model.elb.Matcher;
import io.elbgateway.model.elb.Protocol;
import java.util.Optional;
import java.util.function.Function;

/**
 * The health check of a Network Load Balancer target group: the TargetGroupConfiguration's {@code
 * healthCheckConfig} over the defaults of {@code lbc-gateway.md} §4.4 (NLB columns), checked
 * against ELB's ranges ({@code alb-elbv2.md} §6.3).
 *
 * <ul>
 *   <li>Default: TCP on the traffic port, every 15 s, timeout 5 s, thresholds 3/3; HTTP instead of
 *       TCP for {@code alb} targets (an ALB answers HTTP on its listener port), path {@code /},
 *       codes {@code 200-399}.
 *   <li>Instance targets of a Service with {@code externalTrafficPolicy: Local}: HTTP {@code
 *       /healthz} on the Service's {@code healthCheckNodePort}, every 10 s, timeout 6 s, thresholds
 *       2/2, codes {@code 200-399}, so that nodes without a ready endpoint are taken out.
 *   <li>A configured protocol TCP, HTTP or HTTPS; path and matcher only for HTTP and HTTPS (path
 *       {@code /} and codes {@code 200-399} when unset); interval 5-300 s, timeout 2-120 s and
 *       shorter than the interval, thresholds 2-10.
 * </ul>
 */
final class NlbHealthChecks {

  static final String LOCAL_PATH = "/healthz";

  /** {@code externalTrafficPolicy: Local} behind instance targets: every 10 s, timeout 6 s, thresholds 2/2. */
  static final HealthCheckFields.Timing LOCAL_TIMING = new HealthCheckFields.Timing(10, 6, 2, 2);

  private NlbHealthChecks() {}

  /**
   * Sets the health check fields on {@code group}; returns the problem with the configured health
   * check, if any. {@code localHealthPort} is the healthCheckNodePort of an
   * {@code externalTrafficPolicy: Local} Service behind instance targets; {@code http} makes HTTP
   * the default protocol (alb targets).
   */
  static Optional<String> apply(
      ImmutableTargetGroup.Builder group,
      Optional<HealthCheckConfiguration> configured,
      Optional<Integer> localHealthPort,
      boolean http,
      Function<String, Optional<Integer>> namedPort) {
    HealthCheckConfiguration hc = configured.orElse(HealthCheckConfiguration.builder().build());
    boolean local = localHealthPort.isPresent();
    Protocol protocol = local || http ? Protocol.HTTP : Protocol.TCP;
    if (hc.healthCheckProtocol().isPresent()) {
      Optional<HealthCheckProtocol> value = hc.healthCheckProtocolValue();
      if (value.isEmpty()) {
        return Optional.of(
            "healthCheckConfig.healthCheckProtocol: a Network Load Balancer target group checks health over TCP, HTTP or HTTPS (is "
                + hc.healthCheckProtocol().get() + ")");
      }
      protocol = Protocol.valueOf(value.get().name());
    }
    try {
      String port =
          HealthCheckFields.port(
              hc.healthCheckPort().orElse(local ? Integer.toString(localHealthPort.get()) : HealthCheckDefaults.PORT),
              namedPort);
      HealthCheckFields.Timing timing = HealthCheckFields.timing(hc, local ? LOCAL_TIMING : HealthCheckFields.Timing.DEFAULT);
      group
          .healthCheckProtocol(protocol)
          .healthCheckPort(port)
          .healthCheckIntervalSeconds(timing.interval())
          .healthCheckTimeoutSeconds(timing.timeout())
          .healthyThresholdCount(timing.healthy())
          .unhealthyThresholdCount(timing.unhealthy());
      if (protocol != Protocol.TCP) {
        group
            .healthCheckPath(HealthCheckFields.path(hc.healthCheckPath().orElse(local ? LOCAL_PATH : HealthCheckDefaults.PATH)))
            .matcher(Matcher.httpCode(hc.matcher().flatMap(HealthCheckMatcher::httpCode).orElse(HealthCheckDefaults.HTTP_CODES)));
      }
    } catch (InvalidHealthCheck e) {
      return Optional.of(e.getMessage());
    }
    return Optional.empty();
  }
}
