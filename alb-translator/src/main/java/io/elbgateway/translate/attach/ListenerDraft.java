/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.attach;

import io.elbgateway.model.gateway.ListenerDefinition;
import io.elbgateway.model.gateway.ProtocolType;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.meta.RouteGroupKind;
import io.elbgateway.translate.status.ListenerRecorder;
import io.elbgateway.translate.status.Problem;
import io.elbgateway.translate.status.Reasons;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One listener while it is validated: where it comes from (the Gateway or a ListenerSet, and its
 * index there), what was found wrong with it, and the route kinds it serves. Turned into a
 * {@link ResolvedListener} and written to a {@link ListenerRecorder} once every check ran.
 */
final class ListenerDraft {

  /** The order in which {@code ResolvedRefs} reasons are reported when several apply. */
  private static final List<String> REF_REASON_ORDER =
      List.of(Reasons.INVALID_ROUTE_KINDS, Reasons.REF_NOT_PERMITTED, Reasons.INVALID_CERTIFICATE_REF);

  private final KubernetesObject owner;
  private final boolean fromGateway;
  private final int index;
  private Problem overlappingTls;
  private final ListenerDefinition definition;
  private final List<RouteGroupKind> supportedKinds = new ArrayList<>();
  private final List<Problem> unresolvedRefs = new ArrayList<>();
  private Problem notAccepted;
  private Problem conflicted;

  ListenerDraft(KubernetesObject owner, boolean fromGateway, int index, ListenerDefinition definition) {
    this.owner = owner;
    this.fromGateway = fromGateway;
    this.index = index;
    this.definition = definition;
  }

  /** The Gateway or ListenerSet that declares the listener. */
  KubernetesObject owner() {
    return owner;
  }

  ObjectKey parent() {
    return owner.key();
  }

  /** Whether the listener is one of the Gateway's own (not a ListenerSet entry). */
  boolean fromGateway() {
    return fromGateway;
  }

  ListenerDefinition definition() {
    return definition;
  }

  String name() {
    return definition.name();
  }

  /** The listener's index in its Gateway's (or ListenerSet's) {@code spec.listeners}. */
  int index() {
    return index;
  }

  /** {@code OverlappingTLSConfig=True} with this reason; the first call wins. */
  void overlappingTls(String reason, String message) {
    if (overlappingTls == null) {
      overlappingTls = Problem.of(reason, message);
    }
  }

  int port() {
    return definition.port();
  }

  /** {@code HTTP}, {@code HTTPS}, ... in upper case; empty for a custom protocol. */
  Optional<String> coreProtocol() {
    return ProtocolType.core(definition.protocol());
  }

  /** The hostname in lower case, empty when the listener names none. */
  Optional<String> hostname() {
    return definition.hostname().map(Hostnames::normal);
  }

  /** The path of a field of this listener in its owner: {@code .spec.listeners[2].protocol}. */
  String field(String suffix) {
    return ".spec.listeners[" + index + "]" + suffix;
  }

  /** How messages name the listener: {@code listener "http"}, with its ListenerSet when it has one. */
  String describe() {
    return fromGateway
        ? "listener \"" + name() + "\""
        : "listener \"" + name() + "\" of " + owner.key().display();
  }

  void supportedKinds(List<RouteGroupKind> kinds) {
    supportedKinds.clear();
    supportedKinds.addAll(kinds);
  }

  List<RouteGroupKind> supportedKinds() {
    return List.copyOf(supportedKinds);
  }

  void notAccepted(String reason, String message) {
    if (notAccepted == null) {
      notAccepted = Problem.of(reason, message);
    }
  }

  void conflicted(String reason, String message) {
    if (conflicted == null) {
      conflicted = Problem.of(reason, message);
    }
  }

  void unresolvedRef(String reason, String message) {
    unresolvedRefs.add(Problem.of(reason, message));
  }

  boolean accepted() {
    return notAccepted == null;
  }

  boolean isConflicted() {
    return conflicted != null;
  }

  boolean usable() {
    return notAccepted == null && conflicted == null;
  }

  /**
   * The {@code ResolvedRefs} problem: the most telling reason (route kinds, then a reference not
   * permitted, then a certificate the ALB cannot use) with every message, so that one status
   * shows everything there is to fix.
   */
  Optional<Problem> unresolvedRefs() {
    if (unresolvedRefs.isEmpty()) {
      return Optional.empty();
    }
    String reason =
        REF_REASON_ORDER.stream()
            .filter(r -> unresolvedRefs.stream().anyMatch(p -> p.reason().equals(r)))
            .findFirst()
            .orElse(unresolvedRefs.get(0).reason());
    String message = unresolvedRefs.stream().map(Problem::message).collect(Collectors.joining("; "));
    return Optional.of(Problem.of(reason, message));
  }

  /** Writes what was found to the listener's status. */
  void record(ListenerRecorder recorder) {
    recorder.supportedKinds(supportedKinds);
    if (notAccepted != null) {
      recorder.notAccepted(notAccepted.reason(), notAccepted.message());
    }
    if (conflicted != null) {
      recorder.conflicted(conflicted.reason(), conflicted.message());
    }
    unresolvedRefs().ifPresent(p -> recorder.unresolvedRefs(p.reason(), p.message()));
    if (overlappingTls != null) {
      recorder.overlappingTls(overlappingTls.reason(), overlappingTls.message());
    }
  }

  ResolvedListener resolve() {
    return ResolvedListener.builder()
        .parent(parent())
        .name(name())
        .port(port())
        .protocol(definition.protocol())
        .hostname(hostname())
        .definition(definition)
        .supportedKinds(supportedKinds)
        .usable(usable())
        .build();
  }
}
