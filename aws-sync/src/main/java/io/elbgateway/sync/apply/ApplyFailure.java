/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.apply;

import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Why a change failed, in terms a person can act on: the change, the AWS error code, AWS's message
 * and what to do. Running the sync again is always safe: it observes afresh and plans only what is
 * still missing.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableApplyFailure.class)
@JsonDeserialize(as = ImmutableApplyFailure.class)
public interface ApplyFailure {

  /** The failing change, as {@code <verb> <resource> <key>}. */
  String change();

  /** The AWS error code, when AWS replied. */
  Optional<String> errorCode();

  /** What went wrong. */
  String message();

  /** What to do about it, when known. */
  Optional<String> hint();

  /** One line: change, code, message, hint. */
  default String describe() {
    return change()
        + " failed"
        + errorCode().map(c -> " (" + c + ")").orElse("")
        + ": "
        + message()
        + hint().map(h -> "; " + h).orElse("");
  }

  /** A builder. */
  static ImmutableApplyFailure.Builder builder() {
    return ImmutableApplyFailure.builder();
  }
}
