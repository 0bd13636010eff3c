/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.gateway.GRPCRouteMatch;
import io.elbgateway.model.gateway.HTTPRouteMatch;
import io.elbgateway.translate.AlbQuotas;
import io.elbgateway.translate.status.Problem;
import io.elbgateway.translate.status.Reasons;
import java.util.List;

/** STUB (helper replaces): Gateway API matches as ALB conditions, with the spec's semantics. */
public final class MatchConditions {
  private MatchConditions() {}

  /**
   * An HTTPRoute match served on {@code hostnames} (empty: any host), with {@code extra} conditions
   * ANDed to every rule (e.g. a ListenerRuleConfiguration's source-ip).
   */
  public static EncodedMatch http(HTTPRouteMatch match, List<String> hostnames, List<RuleCondition> extra, AlbQuotas quotas) {
    return EncodedMatch.builder().problem(Problem.of(Reasons.UNSUPPORTED_VALUE, "not built yet")).build();
  }

  /** A GRPCRoute match (absent: every gRPC request) served on {@code hostnames}. */
  public static EncodedMatch grpc(GRPCRouteMatch match, List<String> hostnames, List<RuleCondition> extra, AlbQuotas quotas) {
    return EncodedMatch.builder().problem(Problem.of(Reasons.UNSUPPORTED_VALUE, "not built yet")).build();
  }
}
