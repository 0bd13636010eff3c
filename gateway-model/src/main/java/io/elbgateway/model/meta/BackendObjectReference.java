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
 * Gateway API {@code BackendObjectReference}: a backend by group, kind, namespace, name and port.
 * Group defaults to the core group ({@code ""}) and kind to {@code Service}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableBackendObjectReference.class)
@JsonDeserialize(as = ImmutableBackendObjectReference.class)
public interface BackendObjectReference {

  @Value.Default
  default String group() {
    return "";
  }

  @Value.Default
  default String kind() {
    return "Service";
  }

  String name();

  /** Absent means the referring object's namespace; another namespace needs a ReferenceGrant. */
  Optional<String> namespace();

  /** The Service port (not the targetPort); required for Services. */
  Optional<Integer> port();

  /** A builder. */
  static ImmutableBackendObjectReference.Builder builder() {
    return ImmutableBackendObjectReference.builder();
  }
}
