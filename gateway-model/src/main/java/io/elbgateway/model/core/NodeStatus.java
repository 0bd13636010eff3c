/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.core;

import io.elbgateway.model.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The part of a {@link Node}'s {@code status} elbgateway reads: its addresses. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableNodeStatus.class)
@JsonDeserialize(as = ImmutableNodeStatus.class)
public interface NodeStatus {

  List<NodeAddress> addresses();

  /** The first address of the given type ({@code InternalIP}, {@code ExternalIP}, ...), if any. */
  default Optional<String> address(String type) {
    return addresses().stream()
        .filter(a -> a.type().equals(type))
        .map(NodeAddress::address)
        .findFirst();
  }

  /** A builder. */
  static ImmutableNodeStatus.Builder builder() {
    return ImmutableNodeStatus.builder();
  }
}
