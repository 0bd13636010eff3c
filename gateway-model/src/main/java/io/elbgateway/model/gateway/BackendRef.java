/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.BackendObjectReference;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Gateway API {@code BackendRef}: a backend (a {@link BackendObjectReference}'s fields, inline)
 * with a weight. TLS/TCP/UDP rules use it directly; {@link HTTPBackendRef} and {@link
 * GRPCBackendRef} extend it with filters, so a translator can treat every route's backends alike.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableBackendRef.class)
@JsonDeserialize(as = ImmutableBackendRef.class)
public interface BackendRef {

  /** The API group of the backend; the core group ({@code ""}) unless given. */
  @Value.Default
  default String group() {
    return "";
  }

  /** The kind of the backend; {@code Service} unless given. */
  @Value.Default
  default String kind() {
    return "Service";
  }

  String name();

  /** Absent means the route's namespace; another namespace needs a ReferenceGrant. */
  Optional<String> namespace();

  /** The Service port (not the targetPort); required for Services. */
  Optional<Integer> port();

  /** The share of traffic, 0-1,000,000, relative to the rule's other backends; 1 unless given. */
  @Value.Default
  default int weight() {
    return 1;
  }

  /** This backend as a {@link BackendObjectReference} (without weight and filters). */
  default BackendObjectReference reference() {
    return BackendObjectReference.builder()
        .group(group())
        .kind(kind())
        .name(name())
        .namespace(namespace())
        .port(port())
        .build();
  }

  /**
   * Whether this refers to a core {@code Service}. (Not {@code isService()}: Jackson would write
   * that as a property.)
   */
  default boolean targetsService() {
    return group().isEmpty() && kind().equals("Service");
  }

  /** A builder. */
  static ImmutableBackendRef.Builder builder() {
    return ImmutableBackendRef.builder();
  }
}
