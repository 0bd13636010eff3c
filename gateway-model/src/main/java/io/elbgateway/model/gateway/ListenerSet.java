/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectMeta;
import io.elbgateway.model.status.ListenerSetStatus;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A ListenerSet: extra listeners attached to a parent Gateway that allows them. Reads both the
 * standard {@code gateway.networking.k8s.io/v1} kind {@code ListenerSet} and the experimental
 * {@code gateway.networking.x-k8s.io/v1alpha1} kind {@code XListenerSet}; the {@code apiVersion}
 * and {@code kind} read are kept, so each writes back as it came.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableListenerSet.class)
@JsonDeserialize(as = ImmutableListenerSet.class)
public interface ListenerSet extends KubernetesObject {

  /** The standard {@code apiVersion}. */
  String API_VERSION = "gateway.networking.k8s.io/v1";

  /** The standard kind. */
  String KIND = "ListenerSet";

  /** The experimental {@code apiVersion} (Gateway API v1.3 - v1.4). */
  String X_API_VERSION = "gateway.networking.x-k8s.io/v1alpha1";

  /** The experimental kind. */
  String X_KIND = "XListenerSet";

  /** The experimental API group. */
  String X_GROUP = "gateway.networking.x-k8s.io";

  @Override
  @Value.Default
  default String apiVersion() {
    return API_VERSION;
  }

  @Override
  @Value.Default
  default String kind() {
    return KIND;
  }

  @Override
  ObjectMeta metadata();

  ListenerSetSpec spec();

  Optional<ListenerSetStatus> status();

  /** Whether this is the experimental {@code XListenerSet} of {@code gateway.networking.x-k8s.io}. */
  default boolean experimental() {
    return X_GROUP.equals(group());
  }

  /** A builder. */
  static ImmutableListenerSet.Builder builder() {
    return ImmutableListenerSet.builder();
  }
}
