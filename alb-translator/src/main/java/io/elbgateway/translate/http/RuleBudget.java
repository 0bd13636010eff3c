/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import io.elbgateway.model.meta.ObjectKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ALB-wide rule quota ({@code AlbQuotas.rulesPerLoadBalancer}, counted across every listener of
 * the ALB, as AWS counts it). When the candidates of all listeners exceed it, whole route rules are
 * left out (all their ALB rules on every listener, so a route rule is either served everywhere it
 * attached or nowhere, and its status says which).
 *
 * <p><b>Which ones</b>: route rules are kept oldest route first ({@code creationTimestamp}, a route
 * without one counts as the newest), then by route kind, {@code namespace/name} and rule index; a
 * route rule that does not fit in what is left is dropped and smaller later ones may still fit.
 * Dropping by age rather than by precedence is the fair choice here: adding a route to a full ALB
 * fails that new route, with a status that says so, instead of silently taking traffic away from
 * (catch-all, low-precedence) rules of routes that already served it. It is also stable: the same
 * routes stay programmed from one translation to the next.
 */
final class RuleBudget {

  /** A route rule: the unit kept or dropped together. */
  record Unit(ObjectKey route, int ruleIndex) {}

  /** What the budget decided. */
  record Outcome(List<RuleCandidate> kept, Map<Unit, List<RuleCandidate>> dropped, int needed) {}

  private RuleBudget() {}

  /** Keeps at most {@code quota} candidates, whole route rules at a time. */
  static Outcome apply(List<RuleCandidate> all, int quota) {
    if (all.size() <= quota) {
      return new Outcome(all, Map.of(), all.size());
    }
    Map<Unit, List<RuleCandidate>> units = new LinkedHashMap<>();
    int isolation = 0;
    for (RuleCandidate candidate : all) {
      if (candidate.route().isEmpty()) {
        isolation++;
        continue;
      }
      units.computeIfAbsent(new Unit(candidate.route().get().key(), candidate.ruleIndex()), u -> new ArrayList<>()).add(candidate);
    }
    List<Map.Entry<Unit, List<RuleCandidate>>> order = new ArrayList<>(units.entrySet());
    order.sort(
        Comparator.comparing((Map.Entry<Unit, List<RuleCandidate>> e) -> e.getValue().get(0).precedence().created())
            .thenComparing(e -> e.getKey().route())
            .thenComparingInt(e -> e.getKey().ruleIndex()));
    Set<Unit> keep = new HashSet<>();
    Map<Unit, List<RuleCandidate>> dropped = new LinkedHashMap<>();
    int left = quota - isolation;
    for (Map.Entry<Unit, List<RuleCandidate>> entry : order) {
      if (entry.getValue().size() <= left) {
        keep.add(entry.getKey());
        left -= entry.getValue().size();
      } else {
        dropped.put(entry.getKey(), entry.getValue());
      }
    }
    List<RuleCandidate> kept = new ArrayList<>();
    for (RuleCandidate candidate : all) {
      if (candidate.route().isEmpty() || keep.contains(new Unit(candidate.route().get().key(), candidate.ruleIndex()))) {
        kept.add(candidate);
      }
    }
    return new Outcome(kept, dropped, all.size());
  }
}
