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

/**
 * A Kubernetes {@code Namespace} ({@code v1}, cluster-scoped): its labels decide which routes a
 * Gateway listener admits.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableNamespace.class)
@JsonDeserialize(as = ImmutableNamespace.class)
public interface Namespace extends KubernetesObject {

  @Override
  @Value.Default
  default String apiVersion() {
    return "v1";
  }

  @Override
  @Value.Default
  default String kind() {
    return "Namespace";
  }

  @Override
  ObjectMeta metadata();

  /** A builder. */
  static ImmutableNamespace.Builder builder() {
    return ImmutableNamespace.builder();
  }
}
