/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.attach;

import io.elbgateway.model.gateway.ListenerSet;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.meta.ParentReference;
import io.elbgateway.model.meta.RouteGroupKind;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.translate.GatewayContext;
import io.elbgateway.translate.status.Reasons;
import io.elbgateway.translate.status.RouteParentRecorder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Attaches routes to a Gateway's listeners and groups the usable listeners into ALB listener ports.
 *
 * <p>The routes are those whose parentRefs name the Gateway or one of the ListenerSets it allows.
 * HTTPRoute and GRPCRoute attach through each parentRef that names that parent
 * ({@link ParentRefEvaluation}); other kinds (TCPRoute, TLSRoute, UDPRoute) get
 * {@code Accepted=False/NotAllowedByListeners}, as do routes naming a ListenerSet the Gateway does
 * not allow. Each route parent status is recorded ({@code attached()} or {@code notAccepted}), and
 * every listener whose {@code allowedRoutes} lets a route attach counts it once in
 * {@code attachedRoutes}. Where an HTTPRoute and a GRPCRoute share a hostname on a listener, only
 * the older stays there ({@link RouteKindConflicts}). {@link ListenerIsolation} then narrows the hostnames of routes on
 * wildcard and catch-all listeners, and {@link ListenerPorts} groups the result by port.
 *
 * <p>A route never attaches through a listener whose {@code allowedRoutes} refuses it, whatever
 * its parentRefs say.
 */
public final class RouteAttacher {
  private RouteAttacher() {}

  /** The ALB listener ports of the Gateway, each with its usable listeners and attached routes. */
  public static List<ListenerPort> attach(GatewayContext context, List<ResolvedListener> listeners) {
    ObjectKey gatewayKey = context.gateway().key();
    Set<ObjectKey> parents = new LinkedHashSet<>();
    parents.add(gatewayKey);
    listeners.forEach(l -> parents.add(l.parent()));
    Set<String> counted = new HashSet<>();
    List<Pending> pending = new ArrayList<>();
    for (ObjectKey parent : parents) {
      for (Route route : context.snapshot().routesFor(parent)) {
        evaluateRoute(context, route, parent, listeners, counted, pending);
      }
    }
    Set<String> taken = new HashSet<>();
    List<AttachmentDraft> attachments = new ArrayList<>();
    for (Pending p : pending) {
      for (AttachmentDraft attachment : p.evaluation.accepted()) {
        if (taken.add(key(attachment))) {
          attachments.add(attachment);
        }
      }
    }
    Map<AttachmentDraft, AttachmentDraft> losers = RouteKindConflicts.losers(attachments);
    Map<String, AttachmentDraft> lost = new HashMap<>();
    losers.forEach((loser, winner) -> lost.put(key(loser), winner));
    pending.forEach(p -> p.record(lost, listeners));
    attachments.removeIf(losers::containsKey);
    for (ListenerSet set : ListenerSetAdmission.candidates(context)) {
      ListenerSetAdmission.refusal(context, set).ifPresent(why -> refuseAll(context, set.key(), why));
    }
    return ListenerPorts.group(listeners, ListenerIsolation.apply(listeners, attachments));
  }

  private static void evaluateRoute(
      GatewayContext context,
      Route route,
      ObjectKey parent,
      List<ResolvedListener> listeners,
      Set<String> counted,
      List<Pending> pending) {
    RouteGroupKind kind = RouteKinds.of(route);
    boolean servable = kind.equals(RouteKinds.HTTP_ROUTE) || kind.equals(RouteKinds.GRPC_ROUTE);
    List<ParentReference> parentRefs = route.parentRefs();
    for (int r = 0; r < parentRefs.size(); r++) {
      ParentReference parentRef = parentRefs.get(r);
      if (!names(parentRef, route, parent)) {
        continue;
      }
      RouteParentRecorder status = context.statuses().routeParent(route, parentRef, context.controllerName());
      if (!servable) {
        status.notAccepted(
            Reasons.NOT_ALLOWED_BY_LISTENERS,
            ".spec.parentRefs["
                + r
                + "]: "
                + parent.display()
                + " belongs to an ALB Gateway, which serves only HTTPRoute and GRPCRoute; a "
                + RouteKinds.display(kind)
                + " needs a Gateway whose GatewayClass makes an NLB (L4 and L7 routes never share a Gateway)");
        continue;
      }
      ParentRefEvaluation evaluation = ParentRefEvaluation.evaluate(context, route, r, parentRef, parent, listeners);
      for (int i : evaluation.allowedBy()) {
        ResolvedListener listener = listeners.get(i);
        if (!counted.add(i + "|" + route.key())) {
          continue;
        }
        if (listener.parent().equals(context.gateway().key())) {
          context.gatewayStatus().listener(listener.name()).attachedRoute();
        } else {
          // The resolver made a recorder for every ListenerSet whose entries are listeners.
          context.statuses().listenerSet(listener.parent()).listener(listener.name()).attachedRoute();
        }
      }
      pending.add(new Pending(route, r, status, evaluation));
    }
  }

  /** One attachment per route and listener: the first parentRef that reaches the listener holds it. */
  private static String key(AttachmentDraft attachment) {
    return attachment.listenerIndex() + "|" + attachment.route().key();
  }

  /** A parentRef evaluated, whose status waits until HTTPRoute/GRPCRoute conflicts are settled. */
  private static final class Pending {
    private final Route route;
    private final int refIndex;
    private final RouteParentRecorder status;
    private final ParentRefEvaluation evaluation;

    Pending(Route route, int refIndex, RouteParentRecorder status, ParentRefEvaluation evaluation) {
      this.route = route;
      this.refIndex = refIndex;
      this.status = status;
      this.evaluation = evaluation;
    }

    void record(Map<String, AttachmentDraft> lost, List<ResolvedListener> listeners) {
      if (evaluation.problem().isPresent()) {
        status.notAccepted(evaluation.problem().get().reason(), evaluation.problem().get().message());
        return;
      }
      List<String> refusals = new ArrayList<>();
      for (AttachmentDraft attachment : evaluation.accepted()) {
        AttachmentDraft winner = lost.get(key(attachment));
        if (winner == null) {
          status.attached();
          return;
        }
        refusals.add(
            "listener \""
                + listeners.get(attachment.listenerIndex()).name()
                + "\" already serves "
                + RouteKinds.of(winner.route()).kind()
                + " "
                + winner.route().key().namespacedName()
                + ", which is older, for hostnames this "
                + RouteKinds.of(route).kind()
                + " also serves");
      }
      status.notAccepted(
          Reasons.NOT_ALLOWED_BY_LISTENERS,
          ".spec.parentRefs["
              + refIndex
              + "]: "
              + String.join("; ", refusals)
              + "; an HTTPRoute and a GRPCRoute may not share a hostname on one listener, so give them distinct hostnames");
    }
  }

  /** Every parentRef naming a ListenerSet the Gateway does not allow is refused. */
  private static void refuseAll(GatewayContext context, ObjectKey set, String why) {
    for (Route route : context.snapshot().routesFor(set)) {
      List<ParentReference> parentRefs = route.parentRefs();
      for (int r = 0; r < parentRefs.size(); r++) {
        if (names(parentRefs.get(r), route, set)) {
          context
              .statuses()
              .routeParent(route, parentRefs.get(r), context.controllerName())
              .notAccepted(Reasons.NOT_ALLOWED_BY_LISTENERS, ".spec.parentRefs[" + r + "]: " + why);
        }
      }
    }
  }

  private static boolean names(ParentReference parentRef, Route route, ObjectKey parent) {
    return ClusterSnapshot.parentKey(parentRef, route.key().namespace()).equals(parent);
  }
}
