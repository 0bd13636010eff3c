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
    String port;
    String path;
    HealthCheckFields.Timing timing;
    try {
      port = HealthCheckFields.port(hc.healthCheckPort().orElse(HealthCheckDefaults.PORT), namedPort);
      path = HealthCheckFields.path(hc.healthCheckPath().orElse(HealthCheckDefaults.path(version)));
      timing = HealthCheckFields.timing(hc, HealthCheckFields.Timing.DEFAULT);
    } catch (InvalidHealthCheck e) {
      return Optional.of(e.getMessage());
    }
    Matcher matcher = matcher(hc.matcher(), version);
    group
        .healthCheckProtocol(hcProtocol)
        .healthCheckPort(port)
        .healthCheckPath(path)
        .healthCheckIntervalSeconds(timing.interval())
        .healthCheckTimeoutSeconds(timing.timeout())
        .healthyThresholdCount(timing.healthy())
        .unhealthyThresholdCount(timing.unhealthy())
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
}
