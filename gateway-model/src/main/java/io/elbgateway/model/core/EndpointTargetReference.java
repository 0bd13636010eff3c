/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.core;

import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The {@code targetRef} of an {@link Endpoint}: the object (usually a Pod) behind it. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableEndpointTargetReference.class)
@JsonDeserialize(as = ImmutableEndpointTargetReference.class)
public interface EndpointTargetReference {

  /** The kind, e.g. {@code Pod}. */
  Optional<String> kind();

  Optional<String> namespace();

  Optional<String> name();

  Optional<String> uid();

  /** A builder. */
  static ImmutableEndpointTargetReference.Builder builder() {
    return ImmutableEndpointTargetReference.builder();
  }
}
