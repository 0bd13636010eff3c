/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import io.elbgateway.model.elb.ProtocolVersion;
import io.elbgateway.model.elb.TargetGroupIpAddressType;
import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.LabelSelector;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Target group properties of a {@code TargetGroupConfiguration}, as defaults or for one route.
 * Every field is optional and kept as absent or set: the translator layers route-specific
 * properties over the default ones over the Gateway-level defaults, field by field ({@code
 * healthCheckConfig} as a whole, {@code tags} and {@code targetGroupAttributes} key by key).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTargetGroupProps.class)
@JsonDeserialize(as = ImmutableTargetGroupProps.class)
public interface TargetGroupProps {

  /** The target group name; generated when unset. */
  Optional<String> targetGroupName();

  /**
   * Declared by the CRD but not used by the reference controller, which takes the IP type from the
   * Service's {@code ipFamilies}.
   */
  Optional<TargetGroupIpAddressType> ipAddressType();

  /** The health check; replaces a lower layer's health check as a whole. */
  Optional<HealthCheckConfiguration> healthCheckConfig();

  /** For instance targets: the nodes to register. */
  Optional<LabelSelector> nodeSelector();

  /** Target group attributes, passed to {@code ModifyTargetGroupAttributes}. */
  List<Attribute> targetGroupAttributes();

  /** instance or ip; unset means the controller default (instance). */
  Optional<TargetType> targetType();

  /**
   * The target group protocol; inferred from the listener when unset. An ALB accepts only HTTP and
   * HTTPS.
   */
  Optional<ElbProtocol> protocol();

  /** ALB: HTTP1, HTTP2 or GRPC; only honoured behind HTTPS listeners. */
  Optional<ProtocolVersion> protocolVersion();

  /**
   * ALB: the port on which targets report their capacity (HTTP/HTTPS, ip targets); cannot change
   * after creation.
   */
  Optional<Integer> targetControlPort();

  /** Allow other clusters or Services to share the target group. */
  Optional<Boolean> enableMultiCluster();

  /** AWS tags on the target group. */
  Map<String, String> tags();

  /** A builder. */
  static ImmutableTargetGroupProps.Builder builder() {
    return ImmutableTargetGroupProps.builder();
  }
}
