/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.equivalence;

import io.elbgateway.model.gateway.GRPCRoute;
import io.elbgateway.model.gateway.GatewayApiKinds;
import io.elbgateway.model.gateway.HTTPRoute;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.testkit.spec.WinningMatch;
import java.util.Optional;

/**
 * A route rule (and match) that served or should have served a request: the spec's winner, or the
 * route rule an ALB listener rule was made from (read from its key, see {@code ElbKeys.rule}).
 */
record RuleSite(ObjectKey route, int ruleIndex, Optional<Integer> matchIndex) {

  /** The site of the spec's winning match. */
  static RuleSite of(WinningMatch winner) {
    return new RuleSite(winner.route(), winner.ruleIndex(), winner.matchIndex());
  }

  /**
   * The site an ALB rule key names: {@code <lb ns>/<lb name>/<PROTO:port>/<kind>/<ns>/<name>/<rule>/<match>[#q]},
   * without the match; empty when the key has another shape or the route is not in the snapshot.
   */
  static Optional<RuleSite> ofRuleKey(String ruleKey, ClusterSnapshot snapshot) {
    String unqualified = ruleKey.contains("#") ? ruleKey.substring(0, ruleKey.indexOf('#')) : ruleKey;
    String[] parts = unqualified.split("/", -1);
    if (parts.length != 8) {
      return Optional.empty();
    }
    ObjectKey route = ObjectKey.of(GatewayApiKinds.GROUP, parts[3], parts[4], parts[5]);
    Optional<KubernetesObject> object = snapshot.get(route);
    if (object.isEmpty()) {
      return Optional.empty();
    }
    // The match index is left out: the translator may merge several matches of one rule into one
    // ALB rule (keyed by one of them), so the ALB rule stands for the whole route rule.
    return ruleIndex(object.get(), parts[6]).map(r -> new RuleSite(route, r, Optional.empty()));
  }

  private static Optional<Integer> ruleIndex(KubernetesObject route, String nameOrIndex) {
    if (route instanceof HTTPRoute http) {
      for (int i = 0; i < http.spec().rules().size(); i++) {
        if (http.spec().rules().get(i).name().filter(nameOrIndex::equals).isPresent()) {
          return Optional.of(i);
        }
      }
    } else if (route instanceof GRPCRoute grpc) {
      for (int i = 0; i < grpc.spec().rules().size(); i++) {
        if (grpc.spec().rules().get(i).name().filter(nameOrIndex::equals).isPresent()) {
          return Optional.of(i);
        }
      }
    }
    return integer(nameOrIndex);
  }

  private static Optional<Integer> integer(String text) {
    try {
      return Optional.of(Integer.parseInt(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The field path of the rule, {@code .spec.rules[i]}. */
  String rulePath() {
    return ".spec.rules[" + ruleIndex + "]";
  }

  /**
   * Whether a diagnostic path is within this site: the whole route, the rule, or (when the path
   * names a match and this site knows its match) this match.
   */
  boolean covers(String path) {
    if (path.isEmpty()) {
      return true;
    }
    String rule = rulePath();
    if (!(path.equals(rule) || path.startsWith(rule + "."))) {
      return false;
    }
    String rest = path.substring(rule.length());
    if (rest.startsWith(".matches[") && matchIndex.isPresent()) {
      return rest.startsWith(".matches[" + matchIndex.get() + "]");
    }
    return true;
  }

  @Override
  public String toString() {
    return route.namespacedName() + " " + rulePath() + matchIndex.map(m -> ".matches[" + m + "]").orElse("");
  }
}
