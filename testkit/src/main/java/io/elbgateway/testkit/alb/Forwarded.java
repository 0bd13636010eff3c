/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.alb;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.elb.TargetGroupStickinessConfig;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A forward action: the request goes to one of the weighted target groups, each receiving its
 * {@link TargetGroupShare#share()} of the traffic.
 */
@Value.Immutable
@ModelStyle
public non-sealed interface Forwarded extends AlbResult {

  /** The target groups in the order of the action, with weights and shares. */
  List<TargetGroupShare> targetGroups();

  /** The group-level stickiness of the action, if configured. */
  Optional<TargetGroupStickinessConfig> stickiness();

  /** The share of traffic the target group {@code targetGroupKey} receives (0 if absent). */
  default double share(String targetGroupKey) {
    return targetGroups().stream()
        .filter(t -> t.targetGroupKey().equals(targetGroupKey))
        .mapToDouble(TargetGroupShare::share)
        .sum();
  }

  /** A builder. */
  static ImmutableForwarded.Builder builder() {
    return ImmutableForwarded.builder();
  }
}
