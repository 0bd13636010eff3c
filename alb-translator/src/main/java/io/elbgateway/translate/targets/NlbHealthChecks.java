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
  static final String CODES = "200-399";

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
    String port = hc.healthCheckPort().orElse(local ? Integer.toString(localHealthPort.get()) : HealthCheckDefaults.PORT);
    if (!port.equals(HealthCheckDefaults.PORT)) {
      if (port.matches("[0-9]{1,5}")) {
        int number = Integer.parseInt(port);
        if (number < 1 || number > 65535) {
          return Optional.of("healthCheckConfig.healthCheckPort: must be 1 to 65535 (is " + port + ")");
        }
      } else {
        Optional<Integer> resolved = namedPort.apply(port);
        if (resolved.isEmpty()) {
          return Optional.of(
              "healthCheckConfig.healthCheckPort: \"" + port
                  + "\" is neither a port number, traffic-port, nor the name of a port of the Service that resolves to a number");
        }
        port = Integer.toString(resolved.get());
      }
    }
    int interval = hc.healthCheckInterval().orElse(local ? 10 : HealthCheckDefaults.INTERVAL_SECONDS);
    int timeout = hc.healthCheckTimeout().orElse(local ? 6 : HealthCheckDefaults.TIMEOUT_SECONDS);
    int healthy = hc.healthyThresholdCount().orElse(local ? 2 : HealthCheckDefaults.HEALTHY_THRESHOLD);
    int unhealthy = hc.unhealthyThresholdCount().orElse(local ? 2 : HealthCheckDefaults.UNHEALTHY_THRESHOLD);
    Optional<String> range =
        range("healthCheckInterval", interval, 5, 300)
            .or(() -> range("healthCheckTimeout", timeout, 2, 120))
            .or(() -> range("healthyThresholdCount", healthy, 2, 10))
            .or(() -> range("unhealthyThresholdCount", unhealthy, 2, 10));
    if (range.isPresent()) {
      return range;
    }
    if (timeout >= interval) {
      return Optional.of(
          "healthCheckConfig.healthCheckTimeout: must be shorter than the interval (" + timeout + " s against "
              + interval + " s)");
    }
    group
        .healthCheckProtocol(protocol)
        .healthCheckPort(port)
        .healthCheckIntervalSeconds(interval)
        .healthCheckTimeoutSeconds(timeout)
        .healthyThresholdCount(healthy)
        .unhealthyThresholdCount(unhealthy);
    if (protocol != Protocol.TCP) {
      String path = hc.healthCheckPath().orElse(local ? LOCAL_PATH : HealthCheckDefaults.PATH);
      if (path.isEmpty() || path.length() > 1024 || !path.startsWith("/")) {
        return Optional.of("healthCheckConfig.healthCheckPath: must start with / and have 1 to 1024 characters");
      }
      group.healthCheckPath(path)
          .matcher(Matcher.httpCode(hc.matcher().flatMap(HealthCheckMatcher::httpCode).orElse(CODES)));
    }
    return Optional.empty();
  }

  private static Optional<String> range(String field, int value, int min, int max) {
    return value < min || value > max
        ? Optional.of("healthCheckConfig." + field + ": must be " + min + " to " + max + " (is " + value + ")")
        : Optional.empty();
  }
}
