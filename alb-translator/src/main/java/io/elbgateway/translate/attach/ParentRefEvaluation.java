/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.attach;

import io.elbgateway.model.gateway.ProtocolType;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.meta.ParentReference;
import io.elbgateway.model.meta.RouteGroupKind;
import io.elbgateway.translate.GatewayContext;
import io.elbgateway.translate.status.Problem;
import io.elbgateway.translate.status.Reasons;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One parentRef of a route against the listeners of the parent it names (gateway-api.md §5.1,
 * §5.2, §3.4). The candidates are the parent's listeners that match {@code sectionName} and
 * {@code port} (both, when both are set); none is {@code NoMatchingParent}. A candidate lets the
 * route attach when its {@code supportedKinds} hold the route's kind and its
 * {@code allowedRoutes.namespaces} admits the route's namespace: that alone counts toward the
 * listener's {@code attachedRoutes}. It accepts the route when it is also usable and some hostname
 * intersects; when no candidate accepts, the reason is {@code NoMatchingListenerHostname} if some
 * candidate failed only on hostnames, else {@code NotAllowedByListeners}, with every candidate's
 * refusal in the message.
 */
final class ParentRefEvaluation {

  private final List<AttachmentDraft> accepted = new ArrayList<>();
  private final List<Integer> allowedBy = new ArrayList<>();
  private Problem problem;

  private ParentRefEvaluation() {}

  /**
   * Evaluates {@code parentRef} (the route's {@code refIndex}th) against the listeners of
   * {@code parent}, found among {@code listeners} (the Gateway's whole list, whose positions order
   * attachments).
   */
  static ParentRefEvaluation evaluate(
      GatewayContext context,
      Route route,
      int refIndex,
      ParentReference parentRef,
      ObjectKey parent,
      List<ResolvedListener> listeners) {
    ParentRefEvaluation evaluation = new ParentRefEvaluation();
    String field = ".spec.parentRefs[" + refIndex + "]";
    List<Integer> ofParent = new ArrayList<>();
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < listeners.size(); i++) {
      ResolvedListener listener = listeners.get(i);
      if (!listener.parent().equals(parent)) {
        continue;
      }
      ofParent.add(i);
      boolean nameMatches = parentRef.sectionName().map(listener.name()::equals).orElse(true);
      boolean portMatches = parentRef.port().map(p -> p == listener.port()).orElse(true);
      if (nameMatches && portMatches) {
        candidates.add(i);
      }
    }
    if (candidates.isEmpty()) {
      evaluation.problem =
          Problem.of(Reasons.NO_MATCHING_PARENT, field + ": " + noCandidate(parentRef, parent, listeners, ofParent));
      return evaluation;
    }
    RouteGroupKind kind = RouteKinds.of(route);
    String namespace = route.key().namespace();
    List<String> refusals = new ArrayList<>();
    boolean hostnameOnly = false;
    for (int i : candidates) {
      ResolvedListener listener = listeners.get(i);
      String name = "listener \"" + listener.name() + "\"";
      if (!listener.supportedKinds().contains(kind)) {
        refusals.add(name + " does not take " + RouteKinds.display(kind) + ": " + kindRefusal(listener, kind));
        continue;
      }
      Optional<String> namespaceRefusal =
          NamespacePolicy.refusal(
              listener.definition().allowedRoutes().namespaces().from(),
              listener.definition().allowedRoutes().namespaces().selector(),
              listener.parent().namespace(),
              namespace,
              context.snapshot());
      if (namespaceRefusal.isPresent()) {
        refusals.add(name + " does not take routes from namespace " + namespace + ": its allowedRoutes.namespaces "
            + namespaceRefusal.get());
        continue;
      }
      evaluation.allowedBy.add(i);
      if (!listener.usable()) {
        refusals.add(name + " is not usable: " + whyUnusable(context, listener));
        continue;
      }
      Optional<List<String>> hostnames = Hostnames.effective(listener.hostname(), route.hostnames());
      if (hostnames.isEmpty()) {
        hostnameOnly = true;
        refusals.add(name + " serves hostname " + listener.hostname().orElse("") + ", which none of .spec.hostnames "
            + route.hostnames() + " matches");
        continue;
      }
      evaluation.accepted.add(new AttachmentDraft(route, parentRef, refIndex, i, listener, hostnames.get()));
    }
    if (evaluation.accepted.isEmpty()) {
      String reason = hostnameOnly ? Reasons.NO_MATCHING_LISTENER_HOSTNAME : Reasons.NOT_ALLOWED_BY_LISTENERS;
      evaluation.problem = Problem.of(reason, field + ": " + String.join("; ", refusals));
    }
    return evaluation;
  }

  /** The listeners that accepted the route, in listener order. */
  List<AttachmentDraft> accepted() {
    return accepted;
  }

  /**
   * The positions of the listeners whose {@code allowedRoutes} (kind and namespace) let the route
   * attach, whether or not they are usable and their hostnames intersect.
   */
  List<Integer> allowedBy() {
    return allowedBy;
  }

  /** Why no listener accepted the route; empty when one did. */
  Optional<Problem> problem() {
    return Optional.ofNullable(problem);
  }

  private static String kindRefusal(ResolvedListener listener, RouteGroupKind kind) {
    if (listener.supportedKinds().isEmpty()) {
      return "it takes no route kind an ALB serves (see the listener's status)";
    }
    Optional<String> protocolRefusal =
        ProtocolType.core(listener.protocol())
            .filter(p -> p.equals(ProtocolType.HTTP) || p.equals(ProtocolType.HTTPS))
            .flatMap(p -> RouteKinds.refusal(kind, p));
    if (protocolRefusal.isPresent()) {
      return protocolRefusal.get();
    }
    return "its allowedRoutes.kinds are "
        + listener.supportedKinds().stream().map(RouteKinds::display).collect(Collectors.joining(", "));
  }

  private static String whyUnusable(GatewayContext context, ResolvedListener listener) {
    if (listener.parent().equals(context.gateway().key())) {
      return context
          .gatewayStatus()
          .listener(listener.name())
          .problem()
          .map(p -> p.reason() + " (see the Gateway's status for listener \"" + listener.name() + "\")")
          .orElse("see the Gateway's status");
    }
    return "it is not accepted or conflicts with another listener";
  }

  private static String noCandidate(
      ParentReference parentRef, ObjectKey parent, List<ResolvedListener> listeners, List<Integer> ofParent) {
    List<String> wanted = new ArrayList<>();
    parentRef.sectionName().ifPresent(s -> wanted.add("named \"" + s + "\" (sectionName)"));
    parentRef.port().ifPresent(p -> wanted.add("on port " + p + " (port)"));
    String existing =
        ofParent.stream()
            .map(listeners::get)
            .map(l -> "\"" + l.name() + "\" on port " + l.port())
            .collect(Collectors.joining(", "));
    return parent.display()
        + " has no listener "
        + String.join(" ", wanted)
        + (existing.isEmpty() ? "; it has no listeners" : "; its listeners are " + existing);
  }
}
