/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A Kubernetes Secret by namespace and name, which aws-sync reads when it applies the desired
 * state; the model never holds the Secret's value.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSecretReference.class)
@JsonDeserialize(as = ImmutableSecretReference.class)
public interface SecretReference {

  @JsonProperty("Namespace")
  String namespace();

  @JsonProperty("Name")
  String name();

  /** A reference. */
  static SecretReference of(String namespace, String name) {
    return builder().namespace(namespace).name(name).build();
  }

  /** A builder. */
  static ImmutableSecretReference.Builder builder() {
    return ImmutableSecretReference.builder();
  }
}
