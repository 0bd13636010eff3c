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
 * Gateway API {@code ObjectReference}: an object by group, kind, name and optional namespace (all
 * but namespace required), e.g. a CA certificate ConfigMap.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableObjectReference.class)
@JsonDeserialize(as = ImmutableObjectReference.class)
public interface ObjectReference {

  String group();

  String kind();

  String name();

  Optional<String> namespace();

  /** A builder. */
  static ImmutableObjectReference.Builder builder() {
    return ImmutableObjectReference.builder();
  }
}
