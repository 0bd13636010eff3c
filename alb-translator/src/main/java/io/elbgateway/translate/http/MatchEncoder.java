/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.gateway.GRPCRouteMatch;
import io.elbgateway.model.gateway.HTTPRouteMatch;
import io.elbgateway.translate.AlbQuotas;
import java.util.List;

/**
 * Encodes one match with the hostnames it serves into ALB conditions; the seam between {@link
 * ListenerRules} and {@link MatchConditions}, so that rule assembly is tested on its own.
 */
interface MatchEncoder {

  /** The built-in encoder: {@link MatchConditions}. */
  MatchEncoder DEFAULT =
      new MatchEncoder() {
        @Override
        public EncodedMatch http(HTTPRouteMatch match, List<String> hostnames, List<RuleCondition> extra, AlbQuotas quotas) {
          return MatchConditions.http(match, hostnames, extra, quotas);
        }

        @Override
        public EncodedMatch grpc(GRPCRouteMatch match, List<String> hostnames, List<RuleCondition> extra, AlbQuotas quotas) {
          return MatchConditions.grpc(match, hostnames, extra, quotas);
        }
      };

  EncodedMatch http(HTTPRouteMatch match, List<String> hostnames, List<RuleCondition> extra, AlbQuotas quotas);

  EncodedMatch grpc(GRPCRouteMatch match, List<String> hostnames, List<RuleCondition> extra, AlbQuotas quotas);
}
