/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.status;

import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.status.Condition;
import io.elbgateway.model.status.ConditionStatus;
import io.elbgateway.model.status.ImmutableCondition;

/** Builds conditions that carry the generation of the object they describe. */
final class ConditionFactory {

  private ConditionFactory() {}

  static Condition of(KubernetesObject object, String type, boolean status, String reason, String message) {
    return of(object, type, ConditionStatus.of(status), reason, message);
  }

  static Condition of(
      KubernetesObject object, String type, ConditionStatus status, String reason, String message) {
    ImmutableCondition.Builder builder =
        Condition.builder().type(type).status(status).reason(reason).message(message);
    object.metadata().generation().ifPresent(builder::observedGeneration);
    return builder.build();
  }
}
