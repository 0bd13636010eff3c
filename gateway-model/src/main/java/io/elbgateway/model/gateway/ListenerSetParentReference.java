/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The parent of a ListenerSet (Gateway API {@code ParentGatewayReference}): a Gateway by group,
 * kind, name and optional namespace.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableListenerSetParentReference.class)
@JsonDeserialize(as = ImmutableListenerSetParentReference.class)
public interface ListenerSetParentReference {

  @Value.Default
  default String group() {
    return "gateway.networking.k8s.io";
  }

  @Value.Default
  default String kind() {
    return "Gateway";
  }

  String name();

  /** Absent means the ListenerSet's own namespace. */
  Optional<String> namespace();

  /** A builder. */
  static ImmutableListenerSetParentReference.Builder builder() {
    return ImmutableListenerSetParentReference.builder();
  }
}
