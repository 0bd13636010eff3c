/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.targets;

import io.elbgateway.model.aws.HealthCheckConfiguration;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code healthCheckConfig} fields that ALB and NLB target groups check alike, against ELB's
 * ranges ({@code alb-elbv2.md} §6.3). Each method returns the value AWS is given, or throws {@link
 * InvalidHealthCheck} with the message for the TargetGroupConfiguration's status.
 */
final class HealthCheckFields {

  /** Interval, timeout and thresholds: the configured values over a load balancer type's defaults. */
  record Timing(int interval, int timeout, int healthy, int unhealthy) {

    /** ELB's defaults, which LBC also uses: every 15 s, timeout 5 s, thresholds 3/3. */
    static final Timing DEFAULT =
        new Timing(
            HealthCheckDefaults.INTERVAL_SECONDS,
            HealthCheckDefaults.TIMEOUT_SECONDS,
            HealthCheckDefaults.HEALTHY_THRESHOLD,
            HealthCheckDefaults.UNHEALTHY_THRESHOLD);
  }

  private HealthCheckFields() {}

  /**
   * {@code healthCheckPort}: {@code traffic-port}, a number 1-65535, or the name of a Service port,
   * which {@code namedPort} resolves to its number.
   */
  static String port(String port, Function<String, Optional<Integer>> namedPort) throws InvalidHealthCheck {
    if (port.equals(HealthCheckDefaults.PORT)) {
      return port;
    }
    if (port.matches("[0-9]{1,5}")) {
      int number = Integer.parseInt(port);
      if (number < 1 || number > 65535) {
        throw new InvalidHealthCheck("healthCheckConfig.healthCheckPort: must be 1 to 65535 (is " + port + ")");
      }
      return port;
    }
    Optional<Integer> resolved = namedPort.apply(port);
    if (resolved.isEmpty()) {
      throw new InvalidHealthCheck(
          "healthCheckConfig.healthCheckPort: \"" + port
              + "\" is neither a port number, traffic-port, nor the name of a port of the Service that resolves to a number");
    }
    return Integer.toString(resolved.get());
  }

  /** {@code healthCheckPath}: starts with {@code /}, 1 to 1024 characters. */
  static String path(String path) throws InvalidHealthCheck {
    if (path.isEmpty() || path.length() > 1024 || !path.startsWith("/")) {
      throw new InvalidHealthCheck("healthCheckConfig.healthCheckPath: must start with / and have 1 to 1024 characters");
    }
    return path;
  }

  /**
   * Interval 5-300 s, timeout 2-120 s and shorter than the interval, thresholds 2-10; each unset
   * value taken from {@code defaults}.
   */
  static Timing timing(HealthCheckConfiguration hc, Timing defaults) throws InvalidHealthCheck {
    Timing timing =
        new Timing(
            hc.healthCheckInterval().orElse(defaults.interval()),
            hc.healthCheckTimeout().orElse(defaults.timeout()),
            hc.healthyThresholdCount().orElse(defaults.healthy()),
            hc.unhealthyThresholdCount().orElse(defaults.unhealthy()));
    range("healthCheckInterval", timing.interval(), 5, 300);
    range("healthCheckTimeout", timing.timeout(), 2, 120);
    range("healthyThresholdCount", timing.healthy(), 2, 10);
    range("unhealthyThresholdCount", timing.unhealthy(), 2, 10);
    if (timing.timeout() >= timing.interval()) {
      throw new InvalidHealthCheck(
          "healthCheckConfig.healthCheckTimeout: must be shorter than the interval (" + timing.timeout()
              + " s against " + timing.interval() + " s)");
    }
    return timing;
  }

  private static void range(String field, int value, int min, int max) throws InvalidHealthCheck {
    if (value < min || value > max) {
      throw new InvalidHealthCheck(
          "healthCheckConfig." + field + ": must be " + min + " to " + max + " (is " + value + ")");
    }
  }
}
