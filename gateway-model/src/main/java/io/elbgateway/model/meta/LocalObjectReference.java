/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.meta;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Gateway API {@code LocalObjectReference}: an object in the referring object's own namespace,
 * by group, kind and name (all required), e.g. a filter's {@code extensionRef}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableLocalObjectReference.class)
@JsonDeserialize(as = ImmutableLocalObjectReference.class)
public interface LocalObjectReference {

  String group();

  String kind();

  String name();

  /** A builder. */
  static ImmutableLocalObjectReference.Builder builder() {
    return ImmutableLocalObjectReference.builder();
  }
}
