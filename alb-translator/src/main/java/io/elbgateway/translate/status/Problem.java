/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.status;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;

/** Why something was not translated: a Gateway API reason and a message naming the field. */
@Value.Immutable
@ModelStyle
public interface Problem {

  /** The reason, spelled as the spec spells it (see {@link Reasons}). */
  @Value.Parameter
  String reason();

  /** What a person needs to know to fix it, naming the object and field. */
  @Value.Parameter
  String message();

  /** A problem. */
  static Problem of(String reason, String message) {
    return ImmutableProblem.of(reason, message);
  }
}
