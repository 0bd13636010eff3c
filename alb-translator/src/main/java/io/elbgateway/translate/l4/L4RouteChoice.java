/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.l4;

import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.elb.TargetGroupTuple;
import io.elbgateway.model.gateway.BackendRef;
import io.elbgateway.model.gateway.GatewayApiKinds;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.gateway.RouteRule;
import io.elbgateway.translate.DeviationCode;
import io.elbgateway.translate.GatewayContext;
import io.elbgateway.translate.spi.BackendResolution;
import io.elbgateway.translate.spi.BackendResolver;
import io.elbgateway.translate.status.Reasons;
import io.elbgateway.translate.targets.GatewayBackends;
import io.elbgateway.translate.targets.TargetGroupRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Chooses the one route a Network Load Balancer port carries, and its target group.
 *
 * <p>An NLB cannot route by SNI, host or path: a listener forwards every connection to one target
 * group. Of the routes attached to a port's listeners, the oldest ({@code creationTimestamp}; a
 * route without one counts as newest), then the first by {@code namespace/name} (then kind) carries
 * it, the order the Gateway API gives conflicting routes. Every other route gets {@code
 * Accepted=False/NotAllowedByListeners} at that parent naming the route that carries the port
 * (unless it carries another port of the Gateway, which makes it Accepted).
 *
 * <p>The chosen route's backendRefs, over all its rules, make the port's forward: Service backends
 * through the Service resolver (NLB target groups), {@code Gateway} backends through {@link
 * GatewayBackends}, {@code TargetGroupName} backends (an existing target group named as is) through
 * {@link io.elbgateway.translate.targets.TargetGroupNameBackends}, other kinds through a plugin
 * resolver, else {@code InvalidKind}; backends
 * with weight 0 get no traffic and no target group. An NLB forward takes one target group
 * ({@link io.elbgateway.translate.NlbQuotas#targetGroupsPerAction()}): a route whose valid
 * backends need more cannot be programmed as the spec asks (the split by weight), so it is refused
 * with {@code Accepted=False/UnsupportedValue} naming the quota, and the next route in order is
 * tried. A route with invalid backends besides a valid one sends their share to the valid one (an
 * NLB cannot reject part of a listener's connections), declared as {@link
 * DeviationCode#INVALID_BACKEND_SHARE}. A chosen route with no valid backend gets no listener, so
 * connections to the port are refused, which is what the spec asks for invalid TCP and TLS backends.
 */
final class L4RouteChoice {

  /** The outcome of one port. */
  static final class Choice {
    final Optional<Route> route;
    /** The forward entry of the port's listener (no weight): a target group key or an existing group's name. */
    final Optional<TargetGroupTuple> target;

    Choice(Optional<Route> route, Optional<TargetGroupTuple> target) {
      this.route = route;
      this.target = target;
    }
  }

  static final Comparator<Route> ORDER =
      Comparator.<Route, Instant>comparing(r -> r.metadata().creationTimestamp().orElse(Instant.MAX))
          .thenComparing(r -> r.key().namespace())
          .thenComparing(r -> r.key().name())
          .thenComparing(Route::kind);

  private static final BackendResolver GATEWAY_BACKENDS = new GatewayBackends();

  private L4RouteChoice() {}

  /**
   * Chooses the route of port {@code port}, whose listener protocol is {@code protocol}, among
   * {@code attachments} (those reaching a listener of the port), registering the winner's target
   * group in {@code registry}; records losses on the attachments.
   */
  static Choice choose(
      GatewayContext context, TargetGroupRegistry registry, int port, Protocol protocol, List<L4Attachment> attachments) {
    Map<Route, List<L4Attachment>> byRoute = new LinkedHashMap<>();
    List<Route> routes = new ArrayList<>();
    for (L4Attachment attachment : attachments) {
      if (!byRoute.containsKey(attachment.route)) {
        routes.add(attachment.route);
      }
      byRoute.computeIfAbsent(attachment.route, r -> new ArrayList<>()).add(attachment);
    }
    routes.sort(ORDER);
    for (int i = 0; i < routes.size(); i++) {
      Route route = routes.get(i);
      List<L4Attachment> own = byRoute.get(route);
      Forward forward = forward(context, registry, route, protocol, own);
      int quota = context.options().nlbQuotas().targetGroupsPerAction();
      if (forward.size() > quota) {
        registry.commitPending(List.of());
        String loss =
            "port " + port + ": the route's backendRefs need " + forward.size()
                + " target groups, but a Network Load Balancer listener forwards to " + quota
                + " (quota \"target groups per action\"; an NLB cannot split connections by weight); keep one backend with a non-zero weight";
        own.forEach(a -> {
          a.status.notAccepted(Reasons.UNSUPPORTED_VALUE, ".spec.parentRefs[" + a.refIndex + "]: " + loss);
          a.losses.add(loss);
        });
        continue;
      }
      registry.commitPending(forward.keys);
      forward.names.forEach(registry::useExisting);
      own.forEach(a -> a.carries = true);
      for (Route other : routes.subList(i + 1, routes.size())) {
        String loss =
            "port " + port + " carries " + route.kind() + " " + route.key().namespacedName()
                + ", which comes first (oldest creationTimestamp, then namespace/name); a Network Load Balancer listener"
                + " cannot route by SNI, host or path, so only one route per port carries traffic; attach this "
                + other.kind() + " to a listener on another port";
        byRoute.get(other).forEach(a -> a.losses.add(loss));
      }
      if (forward.size() == 0) {
        return new Choice(Optional.of(route), Optional.empty());
      }
      if (forward.invalidWeight > 0) {
        double share = forward.invalidWeight / (double) (forward.invalidWeight + forward.validWeight);
        context.statuses().deviation(route, ".spec.rules", DeviationCode.INVALID_BACKEND_SHARE,
            percent(share) + " of connections that the spec rejects (the share of the invalid backends) go to the"
                + " valid backend instead: a Network Load Balancer cannot reject part of a listener's connections");
      }
      TargetGroupTuple target =
          forward.keys.isEmpty()
              ? TargetGroupTuple.builder().targetGroupName(forward.names.first()).build()
              : TargetGroupTuple.builder().targetGroupKey(forward.keys.first()).build();
      return new Choice(Optional.of(route), Optional.of(target));
    }
    return new Choice(Optional.empty(), Optional.empty());
  }

  private static final class Forward {
    final TreeSet<String> keys = new TreeSet<>();
    /** Existing, unmanaged target groups by name ({@code TargetGroupName} backends). */
    final TreeSet<String> names = new TreeSet<>();
    long validWeight;
    long invalidWeight;

    int size() {
      return keys.size() + names.size();
    }
  }

  private static Forward forward(
      GatewayContext context, TargetGroupRegistry registry, Route route, Protocol protocol, List<L4Attachment> own) {
    registry.beginPending();
    Forward forward = new Forward();
    List<? extends RouteRule> rules = route.spec().rules();
    for (int i = 0; i < rules.size(); i++) {
      List<? extends BackendRef> refs = rules.get(i).backendRefs();
      for (int j = 0; j < refs.size(); j++) {
        BackendRef ref = refs.get(j);
        String path = ".spec.rules[" + i + "].backendRefs[" + j + "]";
        if (ref.weight() < 0 || ref.weight() > 1_000_000) {
          String message = path + ".weight: must be between 0 and 1000000 (is " + ref.weight() + ")";
          own.forEach(a -> a.status.unresolvedRef(Reasons.UNSUPPORTED_VALUE, message));
          continue;
        }
        if (ref.weight() == 0) {
          continue;
        }
        Optional<BackendResolver> resolver =
            ref.group().equals(GatewayApiKinds.GROUP) && ref.kind().equals("Gateway")
                ? Optional.of(GATEWAY_BACKENDS)
                : context.plugins().backend(ref.group(), ref.kind());
        if (resolver.isEmpty()) {
          String groupKind = ref.group().isEmpty() ? ref.kind() : ref.group() + "/" + ref.kind();
          String message = path + ": backends of kind " + groupKind
              + " are not supported; use a Service (group \"\", kind Service) or an ALB Gateway (group "
              + GatewayApiKinds.GROUP + ", kind Gateway)";
          own.forEach(a -> a.status.unresolvedRef(Reasons.INVALID_KIND, message));
          forward.invalidWeight += ref.weight();
          continue;
        }
        BackendResolution resolution = registry.resolvePending(resolver.get(), route, i, ref, path, protocol);
        if (resolution.problem().isPresent()) {
          own.forEach(a -> a.status.unresolvedRef(resolution.problem().get().reason(), resolution.problem().get().message()));
          forward.invalidWeight += ref.weight();
        } else {
          resolution.targetGroupKey().ifPresent(forward.keys::add);
          resolution.targetGroupName().ifPresent(forward.names::add);
          forward.validWeight += ref.weight();
        }
      }
    }
    return forward;
  }

  private static String percent(double share) {
    return java.math.BigDecimal.valueOf(share * 100).setScale(2, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros().toPlainString() + "%";
  }
}
