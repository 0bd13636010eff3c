/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.meta;

import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Gateway API {@code ParentReference}: the parent a route attaches to (a Gateway, a listener of it,
 * or a ListenerSet). Group defaults to {@code gateway.networking.k8s.io}, kind to {@code Gateway}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableParentReference.class)
@JsonDeserialize(as = ImmutableParentReference.class)
public interface ParentReference {

  /** The API group of the parent. */
  @Value.Default
  default String group() {
    return "gateway.networking.k8s.io";
  }

  /** The kind of the parent. */
  @Value.Default
  default String kind() {
    return "Gateway";
  }

  /** The parent's namespace; absent means the route's own namespace. */
  Optional<String> namespace();

  String name();

  /** A listener name (or ListenerSet entry name); absent means every listener. */
  Optional<String> sectionName();

  /** A listener port (Extended support); absent means every port. */
  Optional<Integer> port();

  /** A builder. */
  static ImmutableParentReference.Builder builder() {
    return ImmutableParentReference.builder();
  }
}
