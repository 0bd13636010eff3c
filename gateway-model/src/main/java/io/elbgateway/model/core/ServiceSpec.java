/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.core;

import io.elbgateway.model.ModelStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The {@code spec} of a Service: the fields a translation to target groups needs. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableServiceSpec.class)
@JsonDeserialize(as = ImmutableServiceSpec.class)
public interface ServiceSpec {

  @Value.Default
  default ServiceType type() {
    return ServiceType.CLUSTER_IP;
  }

  List<ServicePort> ports();

  /** The labels of the pods behind the Service; empty for a Service without selector. */
  Map<String, String> selector();

  /** The IP families, in order (the first is the primary). */
  List<IpFamily> ipFamilies();

  Optional<IpFamilyPolicy> ipFamilyPolicy();

  /**
   * Whether external traffic is routed to node-local endpoints only; the API server sets {@code
   * Cluster} for {@code NodePort} and {@code LoadBalancer} Services when absent.
   */
  Optional<TrafficPolicy> externalTrafficPolicy();

  /**
   * The node port for health checks, for a {@code LoadBalancer} Service with {@code Local} policy.
   */
  Optional<Integer> healthCheckNodePort();

  /** The DNS name an {@code ExternalName} Service is an alias for. */
  Optional<String> externalName();

  /** The cluster IP, or {@code None} for a headless Service. */
  Optional<String> clusterIP();

  /** The port named {@code name}, if any. */
  default Optional<ServicePort> port(String name) {
    return ports().stream().filter(p -> p.name().orElse("").equals(name)).findFirst();
  }

  /** The port with number {@code port} and protocol {@code protocol}, if any. */
  default Optional<ServicePort> port(int port, PortProtocol protocol) {
    return ports().stream().filter(p -> p.port() == port && p.protocol() == protocol).findFirst();
  }

  /** Whether this is a headless Service ({@code clusterIP: None}). */
  default boolean headless() {
    return clusterIP().filter("None"::equals).isPresent();
  }

  /** A builder. */
  static ImmutableServiceSpec.Builder builder() {
    return ImmutableServiceSpec.builder();
  }
}
