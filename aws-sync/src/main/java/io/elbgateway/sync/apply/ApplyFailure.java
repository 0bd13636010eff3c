/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.apply;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.sync.aws.AwsErrors;
import io.elbgateway.sync.resolve.ResolutionException;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
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

  /** The failure of {@code change} (in words) with {@code error}: an AWS error, or another one. */
  static ApplyFailure of(String change, RuntimeException error) {
    ImmutableApplyFailure.Builder failure = builder().change(change);
    if (error instanceof SdkException) {
      SdkException sdk = (SdkException) error;
      return failure.errorCode(AwsErrors.code(sdk)).message(AwsErrors.message(sdk)).hint(AwsErrors.hint(sdk)).build();
    }
    if (error instanceof ResolutionException) {
      return failure.message(String.valueOf(error.getMessage())).build();
    }
    return failure
        .message(error.getClass().getSimpleName() + ": " + error.getMessage())
        .hint("an unexpected error; the next sync tries again, and a report with this message helps")
        .build();
  }

  /** A builder. */
  static ImmutableApplyFailure.Builder builder() {
    return ImmutableApplyFailure.builder();
  }
}
