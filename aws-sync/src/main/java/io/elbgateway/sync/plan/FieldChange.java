/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.plan;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** One field a change sets: its name, what AWS has and what it will have, as text. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableFieldChange.class)
@JsonDeserialize(as = ImmutableFieldChange.class)
public interface FieldChange {

  /** The field, as the ELBv2 API names it ({@code Priority}, {@code Actions}). */
  @Value.Parameter
  String field();

  /** What AWS has now; empty text when the resource does not exist yet. */
  @Value.Parameter
  String before();

  /** What it will have. */
  @Value.Parameter
  String after();

  /** A field change. */
  static FieldChange of(String field, String before, String after) {
    return ImmutableFieldChange.of(field, before, after);
  }
}
