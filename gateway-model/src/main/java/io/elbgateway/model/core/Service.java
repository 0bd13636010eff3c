/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.core;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectMeta;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A Kubernetes {@code Service} ({@code v1}): a backend that routes point to. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableService.class)
@JsonDeserialize(as = ImmutableService.class)
public interface Service extends KubernetesObject {

  @Override
  @Value.Default
  default String apiVersion() {
    return "v1";
  }

  @Override
  @Value.Default
  default String kind() {
    return "Service";
  }

  @Override
  ObjectMeta metadata();

  /** The spec; a manifest without one reads as a {@code ClusterIP} Service without ports. */
  @Value.Default
  default ServiceSpec spec() {
    return ServiceSpec.builder().build();
  }

  /** A builder. */
  static ImmutableService.Builder builder() {
    return ImmutableService.builder();
  }
}
