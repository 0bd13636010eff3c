/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.core;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectMeta;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A Kubernetes {@code EndpointSlice} ({@code discovery.k8s.io/v1}): some of the endpoints of one
 * Service, the targets of its target groups.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableEndpointSlice.class)
@JsonDeserialize(as = ImmutableEndpointSlice.class)
public interface EndpointSlice extends KubernetesObject {

  @Override
  @Value.Default
  default String apiVersion() {
    return "discovery.k8s.io/v1";
  }

  @Override
  @Value.Default
  default String kind() {
    return "EndpointSlice";
  }

  @Override
  ObjectMeta metadata();

  /** The label that names the Service a slice belongs to. */
  String SERVICE_NAME_LABEL = "kubernetes.io/service-name";

  /** The kind of address every endpoint carries. */
  AddressType addressType();

  List<Endpoint> endpoints();

  /** The ports of every endpoint in this slice. */
  List<EndpointPort> ports();

  /** The name of the owning Service, from the {@code kubernetes.io/service-name} label. */
  default Optional<String> serviceName() {
    return Optional.ofNullable(metadata().labels().get(SERVICE_NAME_LABEL));
  }

  /** The port named {@code name} ({@code ""} for an unnamed port), if any. */
  default Optional<EndpointPort> port(String name) {
    return ports().stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** A builder. */
  static ImmutableEndpointSlice.Builder builder() {
    return ImmutableEndpointSlice.builder();
  }
}
