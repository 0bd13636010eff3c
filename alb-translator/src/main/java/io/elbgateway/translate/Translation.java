/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.aws.ListenerRuleConfigurationStatus;
import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.status.GatewayClassStatus;
import io.elbgateway.model.status.GatewayStatus;
import io.elbgateway.model.status.ListenerSetStatus;
import io.elbgateway.model.status.RouteStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a translation produces: the desired ELB state of every Gateway this controller owns, and
 * every status the Gateway API asks for. Statuses hold only this controller's part (a route's
 * {@code status.parents} entries for its own parents); {@code Programmed} is left to the sync engine.
 * Maps iterate in key order.
 */
@Value.Immutable
@ModelStyle
public interface Translation {

  /** One stack per translated Gateway, sorted by Gateway key. */
  List<ElbStack> stacks();

  /** Keyed by GatewayClass name. */
  Map<String, GatewayClassStatus> gatewayClassStatuses();

  Map<ObjectKey, GatewayStatus> gatewayStatuses();

  /** Keyed by route; each status lists only this controller's parent entries. */
  Map<ObjectKey, RouteStatus> routeStatuses();

  /** Keyed by ListenerSet: whether its parent Gateway took it, and each entry's listener status. */
  Map<ObjectKey, ListenerSetStatus> listenerSetStatuses();

  Map<ObjectKey, ListenerRuleConfigurationStatus> listenerRuleConfigurationStatuses();

  /** Declared deviations and other notes, sorted by object, path and code. */
  List<Diagnostic> diagnostics();

  /** Per translated Gateway: the rules emitted, next to what LBC would emit. */
  Map<ObjectKey, RuleCount> ruleCounts();

  /** The stack of one Gateway. */
  default Optional<ElbStack> stack(ObjectKey gateway) {
    return stacks().stream().filter(s -> s.gateway().equals(gateway)).findFirst();
  }

  /** A builder. */
  static ImmutableTranslation.Builder builder() {
    return ImmutableTranslation.builder();
  }
}
