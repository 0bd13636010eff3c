/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.l4;

import io.elbgateway.model.gateway.AllowedRoutes;
import io.elbgateway.model.gateway.GatewayApiKinds;
import io.elbgateway.model.gateway.ListenerSet;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.meta.ParentReference;
import io.elbgateway.model.meta.RouteGroupKind;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.translate.GatewayContext;
import io.elbgateway.translate.attach.Hostnames;
import io.elbgateway.translate.attach.NamespacePolicy;
import io.elbgateway.translate.status.Reasons;
import io.elbgateway.translate.status.RouteParentRecorder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Attaches the routes naming a Network Load Balancer Gateway to its listeners.
 *
 * <ul>
 *   <li>HTTPRoute, GRPCRoute and any other kind but TCPRoute, UDPRoute and TLSRoute: {@code
 *       Accepted=False/NotAllowedByListeners} (L4 and L7 routes never share a Gateway).
 *   <li>The candidate listeners match the parentRef's {@code sectionName} and {@code port} (none:
 *       {@code NoMatchingParent}). A candidate takes the route when it is usable, serves the route's
 *       kind, admits the route's namespace ({@link NamespacePolicy}), and, for a TLSRoute on a
 *       listener with a hostname, shares a hostname with it ({@link Hostnames#effective}); else the
 *       refusals are listed ({@code NoMatchingListenerHostname} when only hostnames missed, else
 *       {@code NotAllowedByListeners}).
 *   <li>Each listener whose {@code allowedRoutes} admits the route counts it once in {@code
 *       attachedRoutes}, whether or not it carries traffic, as on ALB Gateways.
 * </ul>
 * Routes naming a ListenerSet of the Gateway are refused ({@code NotAllowedByListeners}): ListenerSets
 * are not merged into NLB Gateways yet. Whether an attached route carries traffic is {@link
 * L4RouteChoice}'s decision.
 */
final class L4Attacher {

  private L4Attacher() {}

  static List<L4Attachment> attach(GatewayContext context, List<L4Listener> listeners) {
    ObjectKey gatewayKey = context.gateway().key();
    List<L4Attachment> attachments = new ArrayList<>();
    Set<String> counted = new HashSet<>();
    for (Route route : context.snapshot().routesFor(gatewayKey)) {
      List<ParentReference> refs = route.parentRefs();
      for (int r = 0; r < refs.size(); r++) {
        if (!ClusterSnapshot.parentKey(refs.get(r), route.key().namespace()).equals(gatewayKey)) {
          continue;
        }
        RouteParentRecorder status = context.statuses().routeParent(route, refs.get(r), context.controllerName());
        L4Attachment attachment = new L4Attachment(route, r, status);
        if (evaluate(context, listeners, attachment, refs.get(r), counted)) {
          attachments.add(attachment);
        }
      }
    }
    refuseListenerSets(context);
    return attachments;
  }

  /**
   * ListenerSets are not merged into Network Load Balancer Gateways yet: every route naming a
   * ListenerSet of this Gateway gets {@code Accepted=False/NotAllowedByListeners} saying so, rather
   * than no status at all, and the ListenerSet gets {@code Accepted=False/NotAllowed}.
   */
  private static void refuseListenerSets(GatewayContext context) {
    List<ListenerSet> sets = context.snapshot().listenerSetsFor(context.gateway().key());
    if (!sets.isEmpty()) {
      context.gatewayStatus().listenerSets(0, sets.size());
    }
    for (ListenerSet set : sets) {
      context.statuses().listenerSet(set).notAllowed(
          "Gateway " + context.gateway().key().namespacedName() + " is a Network Load Balancer, which does not"
              + " take ListenerSets yet; declare these listeners on the Gateway");
      for (Route route : context.snapshot().routesFor(set.key())) {
        List<ParentReference> refs = route.parentRefs();
        for (int r = 0; r < refs.size(); r++) {
          if (ClusterSnapshot.parentKey(refs.get(r), route.key().namespace()).equals(set.key())) {
            context.statuses().routeParent(route, refs.get(r), context.controllerName()).notAccepted(
                Reasons.NOT_ALLOWED_BY_LISTENERS,
                ".spec.parentRefs[" + r + "]: ListenerSet " + set.key().namespacedName() + " belongs to Gateway "
                    + context.gateway().key().namespacedName() + ", a Network Load Balancer, which does not take"
                    + " ListenerSets yet; attach the route to the Gateway's own listeners");
          }
        }
      }
    }
  }

  private static boolean evaluate(
      GatewayContext context, List<L4Listener> listeners, L4Attachment attachment, ParentReference ref, Set<String> counted) {
    Route route = attachment.route;
    String field = ".spec.parentRefs[" + attachment.refIndex + "]";
    RouteGroupKind kind = RouteGroupKind.builder().group(route.group()).kind(route.kind()).build();
    boolean l4 = route.group().equals(GatewayApiKinds.GROUP)
        && (kind.kind().equals("TCPRoute") || kind.kind().equals("UDPRoute") || kind.kind().equals("TLSRoute"));
    if (!l4) {
      attachment.status.notAccepted(
          Reasons.NOT_ALLOWED_BY_LISTENERS,
          field + ": Gateway " + context.gateway().key().namespacedName()
              + " makes a Network Load Balancer, which serves only TCPRoute, UDPRoute and TLSRoute; a " + route.kind()
              + " needs a Gateway whose GatewayClass makes an ALB (L4 and L7 routes never share a Gateway)");
      return false;
    }
    List<L4Listener> candidates = new ArrayList<>();
    for (L4Listener listener : listeners) {
      if (ref.sectionName().map(listener.name()::equals).orElse(true)
          && ref.port().map(p -> p == listener.port()).orElse(true)) {
        candidates.add(listener);
      }
    }
    if (candidates.isEmpty()) {
      List<String> wanted = new ArrayList<>();
      ref.sectionName().ifPresent(s -> wanted.add("named \"" + s + "\" (sectionName)"));
      ref.port().ifPresent(p -> wanted.add("on port " + p + " (port)"));
      attachment.status.notAccepted(
          Reasons.NO_MATCHING_PARENT,
          field + ": Gateway " + context.gateway().key().namespacedName() + " has no listener " + String.join(" ", wanted)
              + "; its listeners are " + String.join(", ",
                  listeners.stream().map(l -> "\"" + l.name() + "\" on port " + l.port()).toList()));
      return false;
    }
    List<String> refusals = new ArrayList<>();
    boolean hostnameOnly = true;
    String namespace = route.key().namespace();
    for (L4Listener listener : candidates) {
      String name = "listener \"" + listener.name() + "\"";
      AllowedRoutes allowed = listener.definition.allowedRoutes();
      if (!listener.supportedKinds.contains(kind)) {
        refusals.add(name + " does not take " + kind.kind() + " (it takes "
            + (listener.supportedKinds.isEmpty() ? "no route kind" : String.join(", ", listener.supportedKinds.stream().map(RouteGroupKind::kind).toList())) + ")");
        hostnameOnly = false;
        continue;
      }
      Optional<String> namespaceRefusal =
          NamespacePolicy.refusal(
              allowed.namespaces().from(), allowed.namespaces().selector(), context.gateway().key().namespace(), namespace,
              context.snapshot());
      if (namespaceRefusal.isPresent()) {
        refusals.add(name + " does not take routes from namespace " + namespace + ": its allowedRoutes.namespaces "
            + namespaceRefusal.get());
        hostnameOnly = false;
        continue;
      }
      if (counted.add(listener.index + "|" + route.key())) {
        listener.status.attachedRoute();
      }
      if (!listener.usable()) {
        refusals.add(name + " is not usable: " + listener.status.problem().map(p -> p.reason()).orElse("")
            + " (see the Gateway's status for the listener)");
        hostnameOnly = false;
        continue;
      }
      Optional<List<String>> hostnames =
          kind.kind().equals("TLSRoute")
              ? Hostnames.effective(listener.definition.hostname(), route.hostnames())
              : Optional.of(listener.definition.hostname().map(List::of).orElse(List.of()));
      if (hostnames.isEmpty()) {
        refusals.add(name + " serves hostname " + listener.definition.hostname().orElse("")
            + ", which none of .spec.hostnames " + route.hostnames() + " matches");
        continue;
      }
      attachment.listeners.put(listener.index, hostnames.get());
    }
    if (attachment.listeners.isEmpty()) {
      attachment.status.notAccepted(
          hostnameOnly ? Reasons.NO_MATCHING_LISTENER_HOSTNAME : Reasons.NOT_ALLOWED_BY_LISTENERS,
          field + ": " + String.join("; ", refusals));
      return false;
    }
    return true;
  }
}
