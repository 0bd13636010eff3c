/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import io.elbgateway.model.elb.Action;
import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.elb.RuleTransform;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.meta.ParentReference;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One ALB rule to be, before it has a priority: its key, its place in the precedence order, what
 * it tests and does, and the route rule (with the parentRefs to report on) it comes from. A
 * listener-isolation rule (a 404 that keeps a listener's requests from falling through to a less
 * specific listener's routes) has no route.
 *
 * @param key the rule's logical key ({@code ElbKeys.rule}, qualified for hostname groups and splits)
 * @param listenerKey the listener's key
 * @param route the route; empty for a listener-isolation rule
 * @param parentRefs the route's parentRefs that attached it to this listener port
 * @param ruleIndex the route rule's index
 * @param precedence the precedence key
 * @param conditions the conditions (ANDed)
 * @param actions the actions, with {@code Order} set
 * @param transforms the transforms
 * @param tags the tags
 */
record RuleCandidate(
    String key,
    String listenerKey,
    Optional<Route> route,
    List<ParentReference> parentRefs,
    int ruleIndex,
    PrecedenceKey precedence,
    List<RuleCondition> conditions,
    List<Action> actions,
    List<RuleTransform> transforms,
    Map<String, String> tags) {

  /** This candidate with other conditions. */
  RuleCandidate withConditions(List<RuleCondition> other) {
    return new RuleCandidate(key, listenerKey, route, parentRefs, ruleIndex, precedence, List.copyOf(other), actions, transforms, tags);
  }

  /** Whether both come from the same rule of the same route. */
  boolean sameRouteRule(RuleCandidate other) {
    return route.isPresent()
        && other.route.isPresent()
        && route.get().key().equals(other.route.get().key())
        && ruleIndex == other.ruleIndex;
  }
}
