/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.elbgateway.model.ModelStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A desired target group: how the load balancer reaches one backend (protocol, port, target type),
 * how it checks health, and the targets to register. Targets are kept sorted by ID, port and zone.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTargetGroup.class)
@JsonDeserialize(as = ImmutableTargetGroup.class)
public interface TargetGroup {

  /** Orders targets by ID, then port, then zone. */
  Comparator<TargetDescription> TARGET_ORDER =
      Comparator.comparing(TargetDescription::id)
          .thenComparing(t -> t.port().orElse(0))
          .thenComparing(t -> t.availabilityZone().orElse(""));

  /**
   * The logical key, {@code <load balancer key>/<service namespace>/<service name>:<port>} (see
   * {@link ElbKeys}).
   */
  @JsonProperty("Key")
  String key();

  /** The ELBv2 name: at most 32 alphanumerics and hyphens, unique per account and Region. */
  @JsonProperty("TargetGroupName")
  String name();

  /** Absent for Lambda targets. */
  @JsonProperty("Protocol")
  Optional<Protocol> protocol();

  /** HTTP1 (the ELBv2 default), HTTP2 or GRPC, for HTTP and HTTPS target groups. */
  @JsonProperty("ProtocolVersion")
  Optional<ProtocolVersion> protocolVersion();

  /** The default port of the targets; absent for Lambda targets. */
  @JsonProperty("Port")
  Optional<Integer> port();

  @JsonProperty("TargetType")
  @Value.Default
  default TargetType targetType() {
    return TargetType.INSTANCE;
  }

  @JsonProperty("IpAddressType")
  Optional<TargetGroupIpAddressType> ipAddressType();

  @JsonProperty("HealthCheckEnabled")
  Optional<Boolean> healthCheckEnabled();

  @JsonProperty("HealthCheckProtocol")
  Optional<Protocol> healthCheckProtocol();

  /** A port number or {@code traffic-port} (the ELBv2 default). */
  @JsonProperty("HealthCheckPort")
  Optional<String> healthCheckPort();

  @JsonProperty("HealthCheckPath")
  Optional<String> healthCheckPath();

  @JsonProperty("HealthCheckIntervalSeconds")
  Optional<Integer> healthCheckIntervalSeconds();

  @JsonProperty("HealthCheckTimeoutSeconds")
  Optional<Integer> healthCheckTimeoutSeconds();

  @JsonProperty("HealthyThresholdCount")
  Optional<Integer> healthyThresholdCount();

  @JsonProperty("UnhealthyThresholdCount")
  Optional<Integer> unhealthyThresholdCount();

  @JsonProperty("Matcher")
  Optional<Matcher> matcher();

  /**
   * Target group attributes, e.g. {@code deregistration_delay.timeout_seconds}; written as {@code
   * [{Key, Value}]}.
   */
  @JsonProperty("Attributes")
  @JsonSerialize(using = KeyValueListJson.Serializer.class)
  @JsonDeserialize(using = KeyValueListJson.Deserializer.class)
  Map<String, String> attributes();

  /** Tags; written as {@code [{Key, Value}]}. */
  @JsonProperty("Tags")
  @JsonSerialize(using = KeyValueListJson.Serializer.class)
  @JsonDeserialize(using = KeyValueListJson.Deserializer.class)
  Map<String, String> tags();

  /** The targets to register, sorted by {@link #TARGET_ORDER}. */
  @JsonProperty("Targets")
  List<TargetDescription> targets();

  /** The port of the target control agent, if targets run one. */
  @JsonProperty("TargetControlPort")
  Optional<Integer> targetControlPort();

  /** Sorts the targets. */
  @Value.Check
  default TargetGroup normalize() {
    List<TargetDescription> sorted = new ArrayList<>(targets());
    sorted.sort(TARGET_ORDER);
    return sorted.equals(targets()) ? this : ImmutableTargetGroup.copyOf(this).withTargets(sorted);
  }

  /** A builder. */
  static ImmutableTargetGroup.Builder builder() {
    return ImmutableTargetGroup.builder();
  }
}
