/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.status;

import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.meta.ParentReference;
import io.elbgateway.model.status.ImmutableRouteParentStatus;
import io.elbgateway.model.status.RouteParentStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the status of one route for one of its parents. Stages report what they find; the
 * recorder turns it into the spec's conditions:
 *
 * <ul>
 *   <li>{@code Accepted}: {@code True} once any listener of the parent accepted the route and at
 *       least one rule survived; else {@code False} with the first reason reported.
 *   <li>{@code ResolvedRefs}: {@code False} with the first reason when any reference failed.
 *   <li>{@code PartiallyInvalid}: {@code True/UnsupportedValue} when some, not all, rules were
 *       dropped; the message starts with "Dropped Rule", as the spec asks.
 * </ul>
 */
public final class RouteParentRecorder {

  private final Route route;
  private final ParentReference parentRef;
  private final String controllerName;
  private boolean attached;
  private Problem notAccepted;
  private Problem unresolvedRef;
  private final List<String> unresolvedMessages = new ArrayList<>();
  private final Map<Integer, Problem> droppedRules = new TreeMap<>();
  private final Map<Integer, Problem> failedRules = new TreeMap<>();

  RouteParentRecorder(Route route, ParentReference parentRef, String controllerName) {
    this.route = route;
    this.parentRef = parentRef;
    this.controllerName = controllerName;
  }

  /** A listener of the parent accepted the route. */
  public RouteParentRecorder attached() {
    attached = true;
    return this;
  }

  /** Whether some listener accepted the route. */
  public boolean isAttached() {
    return attached;
  }

  /** A listener (or the parent itself) refused the route; the first reason is kept. */
  public RouteParentRecorder notAccepted(String reason, String message) {
    if (notAccepted == null) {
      notAccepted = Problem.of(reason, message);
    }
    return this;
  }

  /** A reference (backend, extension) did not resolve; the first reason is kept, every message listed. */
  public RouteParentRecorder unresolvedRef(String reason, String message) {
    if (unresolvedRef == null) {
      unresolvedRef = Problem.of(reason, message);
    }
    if (!unresolvedMessages.contains(message)) {
      unresolvedMessages.add(message);
    }
    return this;
  }

  /** Rule {@code ruleIndex} cannot be programmed at this parent; the first reason per rule is kept. */
  public RouteParentRecorder droppedRule(int ruleIndex, String reason, String message) {
    droppedRules.putIfAbsent(ruleIndex, Problem.of(reason, message));
    return this;
  }

  /** Rule {@code ruleIndex} is programmed to answer HTTP 500 (it fails closed); the first reason per rule is kept. */
  public RouteParentRecorder failedRule(int ruleIndex, String reason, String message) {
    failedRules.putIfAbsent(ruleIndex, Problem.of(reason, message));
    return this;
  }

  RouteParentStatus build() {
    ImmutableRouteParentStatus.Builder status =
        RouteParentStatus.builder().parentRef(parentRef).controllerName(controllerName);
    int rules = route.spec().rules().size();
    if (!attached) {
      Problem why = notAccepted != null ? notAccepted : Problem.of(Reasons.NO_MATCHING_PARENT, "no listener accepted the route");
      status.addConditions(ConditionFactory.of(route, Reasons.ACCEPTED, false, why.reason(), why.message()));
    } else if (rules > 0 && droppedRules.size() >= rules) {
      status.addConditions(
          ConditionFactory.of(
              route, Reasons.ACCEPTED, false, firstDropped().reason(), "every rule is invalid: " + droppedText()));
    } else {
      status.addConditions(ConditionFactory.of(route, Reasons.ACCEPTED, true, Reasons.ACCEPTED, ""));
    }
    status.addConditions(
        unresolvedRef == null
            ? ConditionFactory.of(route, Reasons.RESOLVED_REFS, true, Reasons.RESOLVED_REFS, "")
            : ConditionFactory.of(
                route, Reasons.RESOLVED_REFS, false, unresolvedRef.reason(), String.join("; ", unresolvedMessages)));
    boolean someDropped = !droppedRules.isEmpty() && droppedRules.size() < rules;
    if (attached && (someDropped || !failedRules.isEmpty())) {
      List<String> parts = new ArrayList<>();
      if (someDropped) {
        parts.add("Dropped Rule " + droppedText());
      }
      failedRules.forEach(
          (index, problem) -> parts.add("Rule .spec.rules[" + index + "] answers HTTP 500: " + problem.message()));
      status.addConditions(
          ConditionFactory.of(
              route, Reasons.PARTIALLY_INVALID, true, Reasons.UNSUPPORTED_VALUE, String.join("; ", parts)));
    }
    return status.build();
  }

  private Problem firstDropped() {
    return droppedRules.values().iterator().next();
  }

  private String droppedText() {
    List<String> parts = new ArrayList<>();
    droppedRules.forEach((index, problem) -> parts.add(".spec.rules[" + index + "]: " + problem.message()));
    return String.join("; ", parts);
  }
}
