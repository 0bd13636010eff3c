/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.targets;

import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.elb.TargetGroup;
import io.elbgateway.model.gateway.BackendRef;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.translate.GatewayContext;
import java.util.List;

/** STUB (helper replaces): resolves backends into the Gateway's target groups. */
public final class TargetGroupRegistry {

  public TargetGroupRegistry(GatewayContext context) {}

  /** The forward of one route rule on a listener of this protocol. */
  public ForwardPlan forward(Route route, int ruleIndex, List<? extends BackendRef> backendRefs, Protocol listenerProtocol) {
    return ForwardPlan.builder().validWeight(0).invalidWeight(0).build();
  }

  /** Every target group registered, sorted by key. */
  public List<TargetGroup> targetGroups() {
    return List.of();
  }
}
