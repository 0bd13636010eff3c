/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.status;

import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.RouteGroupKind;
import io.elbgateway.model.status.ListenerStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects the status of one Gateway listener or ListenerSet entry while the translation runs. */
public final class ListenerRecorder {

  private final KubernetesObject gateway;
  private final String name;
  private final List<RouteGroupKind> supportedKinds = new ArrayList<>();
  private int attachedRoutes;
  private Integer port;
  private Problem notAccepted;
  private Problem unresolvedRefs;
  private Problem conflicted;
  private Problem overlappingTls;

  ListenerRecorder(KubernetesObject gateway, String name) {
    this.gateway = gateway;
    this.name = name;
  }

  /** The route kinds the listener accepts, after dropping those it cannot serve. */
  public ListenerRecorder supportedKinds(List<RouteGroupKind> kinds) {
    supportedKinds.clear();
    supportedKinds.addAll(kinds);
    return this;
  }

  /** The port a ListenerSet entry was given (its status carries it; a Gateway listener's does not). */
  public ListenerRecorder port(int port) {
    this.port = port;
    return this;
  }

  /** Counts one more route attached to this listener (whether or not the route is Accepted). */
  public ListenerRecorder attachedRoute() {
    attachedRoutes++;
    return this;
  }

  /** {@code Accepted=False} with this reason; the first such call wins. */
  public ListenerRecorder notAccepted(String reason, String message) {
    if (notAccepted == null) {
      notAccepted = Problem.of(reason, message);
    }
    return this;
  }

  /** {@code ResolvedRefs=False} with this reason; the first such call wins. */
  public ListenerRecorder unresolvedRefs(String reason, String message) {
    if (unresolvedRefs == null) {
      unresolvedRefs = Problem.of(reason, message);
    }
    return this;
  }

  /** {@code Conflicted=True} with this reason; the first such call wins. */
  public ListenerRecorder conflicted(String reason, String message) {
    if (conflicted == null) {
      conflicted = Problem.of(reason, message);
    }
    return this;
  }

  /**
   * {@code OverlappingTLSConfig=True} (set only when true): the listener's hostnames overlap another
   * HTTPS listener's on the same port; the first call wins.
   */
  public ListenerRecorder overlappingTls(String reason, String message) {
    if (overlappingTls == null) {
      overlappingTls = Problem.of(reason, message);
    }
    return this;
  }

  /** Whether the listener can carry traffic: accepted and not conflicted. */
  public boolean usable() {
    return notAccepted == null && conflicted == null;
  }

  /** The problem that keeps the listener from being usable, if any. */
  public Optional<Problem> problem() {
    return Optional.ofNullable(notAccepted != null ? notAccepted : conflicted);
  }

  /** The listener's name. */
  public String name() {
    return name;
  }

  ListenerStatus build() {
    return ListenerStatus.builder()
        .name(name)
        .port(Optional.ofNullable(port))
        .supportedKinds(supportedKinds)
        .attachedRoutes(attachedRoutes)
        .addConditions(
            notAccepted == null
                ? ConditionFactory.of(gateway, Reasons.ACCEPTED, true, Reasons.ACCEPTED, "")
                : ConditionFactory.of(gateway, Reasons.ACCEPTED, false, notAccepted.reason(), notAccepted.message()))
        .addConditions(
            unresolvedRefs == null
                ? ConditionFactory.of(gateway, Reasons.RESOLVED_REFS, true, Reasons.RESOLVED_REFS, "")
                : ConditionFactory.of(
                    gateway, Reasons.RESOLVED_REFS, false, unresolvedRefs.reason(), unresolvedRefs.message()))
        .addConditions(
            conflicted == null
                ? ConditionFactory.of(gateway, Reasons.CONFLICTED, false, Reasons.NO_CONFLICTS, "")
                : ConditionFactory.of(gateway, Reasons.CONFLICTED, true, conflicted.reason(), conflicted.message()))
        .addAllConditions(
            overlappingTls == null
                ? List.of()
                : List.of(
                    ConditionFactory.of(
                        gateway, Reasons.OVERLAPPING_TLS_CONFIG, true, overlappingTls.reason(), overlappingTls.message())))
        .build();
  }
}
