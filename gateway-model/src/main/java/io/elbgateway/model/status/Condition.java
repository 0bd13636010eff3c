/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.status;

import io.elbgateway.model.ModelStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A Kubernetes status condition ({@code metav1.Condition}).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableCondition.class)
@JsonDeserialize(as = ImmutableCondition.class)
public interface Condition {

  /** The condition type, e.g. {@code Accepted}, {@code Programmed}, {@code ResolvedRefs}. */
  String type();

  ConditionStatus status();

  /** A CamelCase reason, as the Gateway API spec names them (e.g. {@code NotAllowedByListeners}). */
  String reason();

  /** What a person needs to know, naming the object and field at fault. */
  @Value.Default
  default String message() {
    return "";
  }

  /** The generation of the object the condition was computed from. */
  Optional<Long> observedGeneration();

  /**
   * When the status last changed. The translator leaves it to the status writer, which keeps the
   * previous time when type, status and reason did not change.
   */
  Optional<Instant> lastTransitionTime();

  /** A builder. */
  static ImmutableCondition.Builder builder() {
    return ImmutableCondition.builder();
  }
}
