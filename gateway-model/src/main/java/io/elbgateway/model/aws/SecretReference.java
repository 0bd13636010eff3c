/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The name of a Secret in the referring object's namespace. Only the reference is modelled: no
 * secret value ever enters the model.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSecretReference.class)
@JsonDeserialize(as = ImmutableSecretReference.class)
public interface SecretReference {

  /** The Secret's name. */
  String name();

  /** A reference to the Secret {@code name}. */
  static SecretReference of(String name) {
    return builder().name(name).build();
  }

  /** A builder. */
  static ImmutableSecretReference.Builder builder() {
    return ImmutableSecretReference.builder();
  }
}
