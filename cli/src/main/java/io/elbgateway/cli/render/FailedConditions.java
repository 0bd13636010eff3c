/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli.render;

import io.elbgateway.model.status.Condition;
import io.elbgateway.model.status.ConditionStatus;

/**
 * Which status conditions say that the translation refused something: {@code Accepted} or
 * {@code ResolvedRefs} False, {@code PartiallyInvalid} or {@code Conflicted} True.
 */
public final class FailedConditions {

  private FailedConditions() {}

  /** Whether the condition reports a refusal. */
  public static boolean failed(Condition condition) {
    switch (condition.type()) {
      case "Accepted":
      case "ResolvedRefs":
        return condition.status() == ConditionStatus.FALSE;
      case "PartiallyInvalid":
      case "Conflicted":
        return condition.status() == ConditionStatus.TRUE;
      default:
        return false;
    }
  }

  /** {@code Type=Status (Reason): message}. */
  public static String describe(Condition condition) {
    return condition.type() + "=" + condition.status() + " (" + condition.reason() + ")"
        + (condition.message().isEmpty() ? "" : ": " + condition.message());
  }
}
