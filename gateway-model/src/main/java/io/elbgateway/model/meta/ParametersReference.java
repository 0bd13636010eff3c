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
 * Gateway API {@code ParametersReference} (GatewayClass {@code parametersRef}) and
 * {@code LocalParametersReference} (Gateway {@code infrastructure.parametersRef}, which has no
 * namespace): a configuration object by group, kind, name and, for namespaced kinds, namespace.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableParametersReference.class)
@JsonDeserialize(as = ImmutableParametersReference.class)
public interface ParametersReference {

  String group();

  String kind();

  String name();

  /** Required for namespaced kinds on a GatewayClass; never set on a Gateway. */
  Optional<String> namespace();

  /** A builder. */
  static ImmutableParametersReference.Builder builder() {
    return ImmutableParametersReference.builder();
  }
}
