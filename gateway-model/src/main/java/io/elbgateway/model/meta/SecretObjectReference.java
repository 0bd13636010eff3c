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
 * Gateway API {@code SecretObjectReference}: a certificate or other secret by group, kind,
 * namespace and name. Group defaults to the core group, kind to {@code Secret}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSecretObjectReference.class)
@JsonDeserialize(as = ImmutableSecretObjectReference.class)
public interface SecretObjectReference {

  @Value.Default
  default String group() {
    return "";
  }

  @Value.Default
  default String kind() {
    return "Secret";
  }

  String name();

  /** Absent means the referring object's namespace; another namespace needs a ReferenceGrant. */
  Optional<String> namespace();

  /** A builder. */
  static ImmutableSecretObjectReference.Builder builder() {
    return ImmutableSecretObjectReference.builder();
  }
}
