/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.spi;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.translate.status.Problem;
import java.util.Optional;
import org.immutables.value.Value;

/** A backendRef resolved: the key of the target group that serves it, or why it cannot be served. */
@Value.Immutable
@ModelStyle
public interface BackendResolution {

  Optional<String> targetGroupKey();

  Optional<Problem> problem();

  /** Served by this target group. */
  static BackendResolution servedBy(String targetGroupKey) {
    return ImmutableBackendResolution.builder().targetGroupKey(targetGroupKey).build();
  }

  /** Not served, for this reason ({@code BackendNotFound}, {@code RefNotPermitted}, ...). */
  static BackendResolution invalid(String reason, String message) {
    return ImmutableBackendResolution.builder().problem(Problem.of(reason, message)).build();
  }

  @Value.Check
  default void check() {
    if (targetGroupKey().isPresent() == problem().isPresent()) {
      throw new IllegalStateException("a resolution has either a target group or a problem");
    }
  }
}
