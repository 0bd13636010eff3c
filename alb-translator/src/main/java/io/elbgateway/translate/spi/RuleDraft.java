/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.spi;

import io.elbgateway.model.elb.Action;
import io.elbgateway.model.elb.FixedResponseActionConfig;
import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.elb.RuleTransform;
import io.elbgateway.model.elb.TargetGroupStickinessConfig;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.translate.DeviationCode;
import io.elbgateway.translate.status.Problem;
import io.elbgateway.translate.status.StatusCollector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the filters of one route rule contribute to the ALB rules made from it, for one listener.
 * Filter and ExtensionRef handlers read the rule's context and write their contribution: actions
 * that run before routing (authentication), an action that replaces the forward to the backends
 * (fixed response, redirect), forward stickiness, extra conditions, transforms, tags. A handler
 * that cannot express its filter {@linkplain #drop drops} the rule, which then fails alone with the
 * reason given; the rest of the route still translates.
 */
public final class RuleDraft {

  /** An extra condition and the match indexes it applies to (empty: every match). */
  public record ExtraCondition(RuleCondition condition, Optional<Set<Integer>> matchIndexes) {}

  private final Route route;
  private final int ruleIndex;
  private final boolean https;
  private final ClusterSnapshot snapshot;
  private final StatusCollector statuses;
  private final List<Action> preRoutingActions = new ArrayList<>();
  private Action routingAction;
  private TargetGroupStickinessConfig forwardStickiness;
  private final List<ExtraCondition> extraConditions = new ArrayList<>();
  private final List<RuleTransform> transforms = new ArrayList<>();
  private final Map<String, String> tags = new LinkedHashMap<>();
  private Problem dropped;
  private Problem failedClosed;
  private final List<Problem> unresolvedRefs = new ArrayList<>();

  /**
   * A draft for rule {@code ruleIndex} of {@code route} on a listener ({@code https} when its
   * protocol is HTTPS).
   */
  public RuleDraft(Route route, int ruleIndex, boolean https, ClusterSnapshot snapshot, StatusCollector statuses) {
    this.route = route;
    this.ruleIndex = ruleIndex;
    this.https = https;
    this.snapshot = snapshot;
    this.statuses = statuses;
  }

  /** The route the rule belongs to. */
  public Route route() {
    return route;
  }

  /** The rule's index in {@code spec.rules}. */
  public int ruleIndex() {
    return ruleIndex;
  }

  /** The field path of the rule, e.g. {@code .spec.rules[2]}. */
  public String rulePath() {
    return ".spec.rules[" + ruleIndex + "]";
  }

  /** Whether the listener is HTTPS (authentication actions need it). */
  public boolean https() {
    return https;
  }

  /** Everything the translation reads. */
  public ClusterSnapshot snapshot() {
    return snapshot;
  }

  /** Where statuses of other objects (a ListenerRuleConfiguration) and deviations are reported. */
  public StatusCollector statuses() {
    return statuses;
  }

  /** Adds an action that runs before the routing action (authenticate-*, jwt-validation). */
  public void addPreRoutingAction(Action action) {
    preRoutingActions.add(action);
  }

  /**
   * Sets the routing action (fixed-response or redirect) that replaces the forward to the rule's
   * backends. A second, different routing action drops the rule: ALB runs exactly one.
   */
  public void routingAction(Action action, String byField) {
    if (failedClosed != null) {
      return; // a rule that fails closed keeps answering 500
    }
    if (routingAction != null && !routingAction.equals(action)) {
      drop("IncompatibleFilters", byField + " asks for a second routing action; ALB rules run exactly one");
      return;
    }
    routingAction = action;
  }

  /** Group stickiness for the forward action. */
  public void forwardStickiness(TargetGroupStickinessConfig stickiness) {
    forwardStickiness = stickiness;
  }

  /** Adds a condition to the ALB rules of the given matches (empty: all of them). */
  public void addCondition(RuleCondition condition, Optional<Set<Integer>> matchIndexes) {
    extraConditions.add(new ExtraCondition(condition, matchIndexes));
  }

  /** Adds a transform (at most one of each type per ALB rule). */
  public void addTransform(RuleTransform transform) {
    boolean sameType = transforms.stream().anyMatch(t -> t.type() == transform.type());
    if (sameType) {
      drop("IncompatibleFilters", "two filters ask for a " + transform.type() + " transform; ALB allows one per rule");
      return;
    }
    transforms.add(transform);
  }

  /** Tags for the ALB rules. */
  public void putTags(Map<String, String> more) {
    tags.putAll(more);
  }

  /** The rule cannot be programmed; the first reason is kept. */
  public void drop(String reason, String message) {
    if (dropped == null) {
      dropped = Problem.of(reason, message);
    }
  }

  /**
   * The rule cannot do what it asks, and falling through to other rules would be wrong (an
   * ExtensionRef that does not resolve, authentication on an HTTP listener): its ALB rules answer
   * HTTP 500 instead, as the spec asks, and the route's status says why. The first reason is kept.
   */
  public void failClosed(String reason, String message) {
    if (failedClosed == null) {
      failedClosed = Problem.of(reason, message);
    }
    routingAction = Action.fixedResponse(FixedResponseActionConfig.builder().statusCode("500").contentType("text/plain").build());
  }

  /** A reference the rule uses did not resolve ({@code ResolvedRefs=False}). */
  public void unresolvedRef(String reason, String message) {
    unresolvedRefs.add(Problem.of(reason, message));
  }

  /** Declares where ALB will not do exactly what the spec says for this rule. */
  public void deviation(String path, DeviationCode code, String message) {
    statuses.deviation(route, path, code, message);
  }

  public List<Action> preRoutingActions() {
    return List.copyOf(preRoutingActions);
  }

  public Optional<Action> routingAction() {
    return Optional.ofNullable(routingAction);
  }

  public Optional<TargetGroupStickinessConfig> forwardStickiness() {
    return Optional.ofNullable(forwardStickiness);
  }

  public List<ExtraCondition> extraConditions() {
    return List.copyOf(extraConditions);
  }

  public List<RuleTransform> transforms() {
    return List.copyOf(transforms);
  }

  public Map<String, String> tags() {
    return Map.copyOf(tags);
  }

  public Optional<Problem> dropped() {
    return Optional.ofNullable(dropped);
  }

  /** Why the rule answers HTTP 500, if it was made to fail closed. */
  public Optional<Problem> failedClosed() {
    return Optional.ofNullable(failedClosed);
  }

  public List<Problem> unresolvedRefs() {
    return List.copyOf(unresolvedRefs);
  }
}
