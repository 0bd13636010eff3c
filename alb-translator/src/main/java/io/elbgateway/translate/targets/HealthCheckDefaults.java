/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.targets;

import io.elbgateway.model.elb.ProtocolVersion;

/**
 * The health check of an ALB target group where no TargetGroupConfiguration sets a field. These
 * are the values the AWS Load Balancer Controller's Gateway API support writes (its code, not its
 * docs, which claim "AWS defaults"): {@code lbc-gateway.md} §4.4, ALB column. They differ from the
 * ELBv2 API's own defaults ({@code alb-elbv2.md} §6.3: interval 30 s, timeout 6 s, thresholds 5/2,
 * matcher 200), and are kept so that a target group moved from LBC to elbgateway checks health the
 * same way.
 */
final class HealthCheckDefaults {

  /** Probe the port traffic goes to. */
  static final String PORT = "traffic-port";

  /** HTTP and HTTP2 target groups. */
  static final String PATH = "/";

  /** gRPC target groups: the method ALB itself suggests ({@code alb-elbv2.md} §6.2). */
  static final String GRPC_PATH = "/AWS.ALB/healthcheck";

  /** HTTP success codes. */
  static final String HTTP_CODES = "200-399";

  /** gRPC success codes (12 = UNIMPLEMENTED: the service answers, even without the method). */
  static final String GRPC_CODES = "12";

  static final int INTERVAL_SECONDS = 15;
  static final int TIMEOUT_SECONDS = 5;
  static final int HEALTHY_THRESHOLD = 3;
  static final int UNHEALTHY_THRESHOLD = 3;

  private HealthCheckDefaults() {}

  static String path(ProtocolVersion version) {
    return version == ProtocolVersion.GRPC ? GRPC_PATH : PATH;
  }
}
