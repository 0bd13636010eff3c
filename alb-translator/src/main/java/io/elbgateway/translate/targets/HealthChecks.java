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
import io.elbgateway.model.elb.ProtocolVersion;
import java.util.Optional;
import java.util.function.Function;

/**
 * The health check of an ALB target group: the TargetGroupConfiguration's {@code
 * healthCheckConfig} over {@link HealthCheckDefaults}, checked against ELB's ranges ({@code
 * alb-elbv2.md} §6.3) so that AWS never sees a value it rejects.
 */
final class HealthChecks {

  private HealthChecks() {}

  /**
   * Sets the health check fields on {@code group}; returns the problem with the configured health
   * check, if any. {@code namedPort} resolves a Service port name in {@code healthCheckPort}.
   */
  static Optional<String> apply(
      ImmutableTargetGroup.Builder group,
      Optional<HealthCheckConfiguration> configured,
      Protocol protocol,
      ProtocolVersion version,
      Function<String, Optional<Integer>> namedPort) {
    HealthCheckConfiguration hc = configured.orElse(HealthCheckConfiguration.builder().build());
    Protocol hcProtocol = protocol;
    if (hc.healthCheckProtocol().isPresent()) {
      Optional<HealthCheckProtocol> value = hc.healthCheckProtocolValue();
      if (value.isEmpty() || value.get() == HealthCheckProtocol.TCP) {
        return Optional.of(
            "healthCheckConfig.healthCheckProtocol: an ALB target group checks health over HTTP or HTTPS (is "
                + hc.healthCheckProtocol().get() + ")");
      }
      hcProtocol = value.get() == HealthCheckProtocol.HTTPS ? Protocol.HTTPS : Protocol.HTTP;
    }
    String port = hc.healthCheckPort().orElse(HealthCheckDefaults.PORT);
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
    String path = hc.healthCheckPath().orElse(HealthCheckDefaults.path(version));
    if (path.isEmpty() || path.length() > 1024 || !path.startsWith("/")) {
      return Optional.of("healthCheckConfig.healthCheckPath: must start with / and have 1 to 1024 characters");
    }
    int interval = hc.healthCheckInterval().orElse(HealthCheckDefaults.INTERVAL_SECONDS);
    int timeout = hc.healthCheckTimeout().orElse(HealthCheckDefaults.TIMEOUT_SECONDS);
    int healthy = hc.healthyThresholdCount().orElse(HealthCheckDefaults.HEALTHY_THRESHOLD);
    int unhealthy = hc.unhealthyThresholdCount().orElse(HealthCheckDefaults.UNHEALTHY_THRESHOLD);
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
    Matcher matcher = matcher(hc.matcher(), version);
    group
        .healthCheckProtocol(hcProtocol)
        .healthCheckPort(port)
        .healthCheckPath(path)
        .healthCheckIntervalSeconds(interval)
        .healthCheckTimeoutSeconds(timeout)
        .healthyThresholdCount(healthy)
        .unhealthyThresholdCount(unhealthy)
        .matcher(matcher);
    return Optional.empty();
  }

  /** The configured code of the target group's kind (gRPC or HTTP), else the default. */
  private static Matcher matcher(Optional<HealthCheckMatcher> configured, ProtocolVersion version) {
    if (version == ProtocolVersion.GRPC) {
      return Matcher.grpcCode(configured.flatMap(HealthCheckMatcher::grpcCode).orElse(HealthCheckDefaults.GRPC_CODES));
    }
    return Matcher.httpCode(configured.flatMap(HealthCheckMatcher::httpCode).orElse(HealthCheckDefaults.HTTP_CODES));
  }

  private static Optional<String> range(String field, int value, int min, int max) {
    return value < min || value > max
        ? Optional.of("healthCheckConfig." + field + ": must be " + min + " to " + max + " (is " + value + ")")
        : Optional.empty();
  }
}
