/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import io.elbgateway.model.gateway.GRPCBackendRef;
import io.elbgateway.model.gateway.GRPCRoute;
import io.elbgateway.model.gateway.GRPCRouteMatch;
import io.elbgateway.model.gateway.GRPCRouteRule;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.GatewayClass;
import io.elbgateway.model.gateway.HTTPBackendRef;
import io.elbgateway.model.gateway.HTTPPathMatch;
import io.elbgateway.model.gateway.HTTPPathMatchType;
import io.elbgateway.model.gateway.HTTPRoute;
import io.elbgateway.model.gateway.HTTPRouteMatch;
import io.elbgateway.model.gateway.HTTPRouteRule;
import io.elbgateway.model.gateway.Listener;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.testkit.alb.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Gateway API reference router: what the spec requires a Gateway to do with one HTTP request.
 *
 * <p>Steps (sections of {@code gateway-api.md}): the Gateway and its GatewayClass must exist; the
 * HTTP/HTTPS listeners on the port that are not conflicted (§2.3) are the candidates; the Host
 * header without its port (§3.3) selects the most specific matching listener (§4.1; none → 404);
 * the routes attached to it (§5, §3.4; with listener isolation off, to any matching listener)
 * offer their matching rules (§3.1, §3.2); the best by precedence (§4.2, §4.3; §4.4 for gRPC)
 * wins (none → 404); its filters and backends give the outcome (§6.5, §7).
 *
 * <p>gRPC (§2.5, §3.5): an HTTPRoute and a GRPCRoute with overlapping hostnames on one listener
 * are never both served there: the older (then first by {@code namespace/name}) wins. A request
 * that is a gRPC call ({@code POST /service/method} with content
 * type {@code application/grpc*}) is routed among the GRPCRoutes' rules; only when none matches do
 * HTTPRoutes get it, as the HTTP request it also is (choice: the spec says the two kinds are never
 * merged, not which one a gRPC request tries first). Other requests see HTTPRoutes only. The 500s of
 * a GRPCRoute stand for gRPC {@code UNAVAILABLE}.
 *
 * <p>Thread-safe and deterministic; never throws on user input.
 */
public final class SpecRouter {

  private final ClusterSnapshot snapshot;
  private final SpecOptions options;

  private SpecRouter(ClusterSnapshot snapshot, SpecOptions options) {
    this.snapshot = snapshot;
    this.options = options;
  }

  /** A router over this snapshot with {@link SpecOptions#defaults()}. */
  public static SpecRouter of(ClusterSnapshot snapshot) {
    return of(snapshot, SpecOptions.defaults());
  }

  /** A router over this snapshot with these options. */
  public static SpecRouter of(ClusterSnapshot snapshot, SpecOptions options) {
    return new SpecRouter(snapshot, options);
  }

  /** The outcome for {@code request} on the Gateway's listeners at {@link HttpRequest#listenerPort()}. */
  public SpecOutcome route(ObjectKey gateway, HttpRequest request) {
    return route(gateway, request.listenerPort(), request);
  }

  /** The outcome for {@code request} arriving at the Gateway {@code gatewayKey} on {@code port}. */
  public SpecOutcome route(ObjectKey gatewayKey, int port, HttpRequest request) {
    Optional<KubernetesObject> object = snapshot.get(gatewayKey);
    if (object.isEmpty() || !(object.get() instanceof Gateway)) {
      return notServed("no Gateway " + gatewayKey.namespacedName());
    }
    Gateway gateway = (Gateway) object.get();
    Optional<GatewayClass> gatewayClass = snapshot.gatewayClass(gateway.spec().gatewayClassName());
    if (gatewayClass.isEmpty()) {
      return notServed("no GatewayClass " + gateway.spec().gatewayClassName());
    }
    if (options.controllerName().isPresent()
        && !options.controllerName().get().equals(gatewayClass.get().spec().controllerName())) {
      return notServed("GatewayClass " + gateway.spec().gatewayClassName() + " is another controller's");
    }
    List<Listener> serving = Listeners.serving(gateway, port);
    if (serving.isEmpty()) {
      return notServed("no accepted, non-conflicted HTTP or HTTPS listener on port " + port);
    }
    String host = Hostnames.requestHost(request.hostName());
    List<Listener> matching = Listeners.matching(serving, host);
    if (matching.isEmpty()) {
      return notFound("no listener on port " + port + " matches host " + host); // §2.3: MUST 404
    }
    // §2.3 listener isolation: only the most specific listener's routes serve the request.
    List<Listener> used = options.listenerIsolation() ? matching.subList(0, 1) : matching;

    Optional<GrpcCall> call = GrpcCall.of(request);
    if (call.isPresent()) {
      Optional<SpecOutcome> grpc = routeGrpc(gateway, used, host, call.get(), request, port);
      if (grpc.isPresent()) {
        return grpc.get();
      }
    }
    return routeHttp(gateway, used, host, request, port)
        .orElseGet(() -> notFound("no rule of a route attached to listener(s) "
            + used.stream().map(Listener::name).collect(Collectors.joining(", ")) + " matches"));
  }

  private Optional<SpecOutcome> routeHttp(
      Gateway gateway, List<Listener> listeners, String host, HttpRequest request, int port) {
    List<Candidate> candidates = new ArrayList<>();
    for (Listener listener : listeners) {
      for (Route route : snapshot.routesFor(gateway.key())) {
        if (!(route instanceof HTTPRoute)) {
          continue;
        }
        Optional<int[]> hostScore = hostScore(gateway, listener, route, host);
        if (hostScore.isEmpty()) {
          continue;
        }
        List<HTTPRouteRule> rules = ((HTTPRoute) route).spec().rules();
        for (int r = 0; r < rules.size(); r++) {
          List<HTTPRouteMatch> matches = effectiveMatches(rules.get(r));
          for (int m = 0; m < matches.size(); m++) {
            HTTPRouteMatch match = matches.get(m);
            if (RequestMatching.matches(match, request)) {
              candidates.add(new Candidate(
                  listener, route, r, Optional.of(m), hostScore.get()[0], hostScore.get()[1],
                  pathRank(match.path()), match.path().value().length(), match.method().isPresent(),
                  RequestMatching.effectiveHeaders(match.headers()).size(),
                  RequestMatching.effectiveQueryParams(match.queryParams()).size(), 0, 0));
            }
          }
        }
      }
    }
    Optional<Candidate> best = candidates.stream().min(Candidate.HTTP_ORDER);
    if (best.isEmpty()) {
      return Optional.empty();
    }
    Candidate winner = best.get();
    HTTPRouteRule rule = ((HTTPRoute) winner.route).spec().rules().get(winner.ruleIndex);
    HTTPPathMatch path = effectiveMatches(rule).get(winner.matchIndex.get()).path();
    Optional<String> prefix =
        path.type() == HTTPPathMatchType.PATH_PREFIX ? Optional.of(path.value()) : Optional.empty();
    RuleEvaluation evaluation = new RuleEvaluation(
        snapshot, winner.route, winner.ruleIndex, request, port, prefix, winning(winner, rule.name()));
    return Optional.of(evaluation.evaluate(
        rule.filters().stream().map(FilterView::of).collect(Collectors.toList()),
        rule.backendRefs(),
        rule.backendRefs().stream()
            .map(HTTPBackendRef::filters)
            .map(fs -> fs.stream().map(FilterView::of).collect(Collectors.toList()))
            .collect(Collectors.toList())));
  }

  private Optional<SpecOutcome> routeGrpc(
      Gateway gateway, List<Listener> listeners, String host, GrpcCall call, HttpRequest request, int port) {
    List<Candidate> candidates = new ArrayList<>();
    for (Listener listener : listeners) {
      for (Route route : snapshot.routesFor(gateway.key())) {
        if (!(route instanceof GRPCRoute)) {
          continue;
        }
        Optional<int[]> hostScore = hostScore(gateway, listener, route, host);
        if (hostScore.isEmpty()) {
          continue;
        }
        List<GRPCRouteRule> rules = ((GRPCRoute) route).spec().rules();
        for (int r = 0; r < rules.size(); r++) {
          List<GRPCRouteMatch> matches = rules.get(r).matches();
          if (matches.isEmpty()) { // §2.5: no match = every gRPC request
            candidates.add(new Candidate(
                listener, route, r, Optional.empty(), hostScore.get()[0], hostScore.get()[1],
                0, 0, false, 0, 0, 0, 0));
          }
          for (int m = 0; m < matches.size(); m++) {
            GRPCRouteMatch match = matches.get(m);
            if (RequestMatching.matches(match, call, request)) {
              int service = match.method().flatMap(x -> x.service()).map(String::length).orElse(0);
              int method = match.method().flatMap(x -> x.method()).map(String::length).orElse(0);
              candidates.add(new Candidate(
                  listener, route, r, Optional.of(m), hostScore.get()[0], hostScore.get()[1],
                  0, 0, false, RequestMatching.effectiveGrpcHeaders(match.headers()).size(), 0, service, method));
            }
          }
        }
      }
    }
    Optional<Candidate> best = candidates.stream().min(Candidate.GRPC_ORDER);
    if (best.isEmpty()) {
      return Optional.empty();
    }
    Candidate winner = best.get();
    GRPCRouteRule rule = ((GRPCRoute) winner.route).spec().rules().get(winner.ruleIndex);
    RuleEvaluation evaluation = new RuleEvaluation(
        snapshot, winner.route, winner.ruleIndex, request, port, Optional.empty(), winning(winner, rule.name()));
    return Optional.of(evaluation.evaluate(
        rule.filters().stream().map(FilterView::of).collect(Collectors.toList()),
        rule.backendRefs(),
        rule.backendRefs().stream()
            .map(GRPCBackendRef::filters)
            .map(fs -> fs.stream().map(FilterView::of).collect(Collectors.toList()))
            .collect(Collectors.toList())));
  }

  /**
   * The route's hostname score for this host through this listener (§4.2: characters of the
   * longest matching non-wildcard hostname, then of the longest matching hostname), or empty when
   * the route is not attached there or serves no hostname matching the host.
   */
  private Optional<int[]> hostScore(Gateway gateway, Listener listener, Route route, String host) {
    Optional<List<String>> hostnames = Attachment.hostnames(snapshot, gateway, listener, route);
    if (hostnames.isEmpty() || losesKindConflict(gateway, listener, route, hostnames.get())) {
      return Optional.empty();
    }
    if (hostnames.get().isEmpty()) {
      return Optional.of(new int[] {0, 0});
    }
    int exact = -1;
    int any = -1;
    for (String name : hostnames.get()) {
      if (Hostnames.matches(name, host)) {
        any = Math.max(any, name.length());
        if (!Hostnames.isWildcard(name)) {
          exact = Math.max(exact, name.length());
        }
      }
    }
    return any < 0 ? Optional.empty() : Optional.of(new int[] {Math.max(exact, 0), any});
  }

  /**
   * §2.5: an HTTPRoute and a GRPCRoute attached to the same listener with overlapping hostnames
   * are not both accepted: the older route (then the first by {@code namespace/name}) wins, the
   * other is not served on that listener. With more than two routes the spec leaves open whether a
   * route that lost can still exclude others; this router takes routes oldest first, and a route
   * loses only to an older route of the other kind that is itself served (so a loser excludes no
   * one).
   */
  private boolean losesKindConflict(Gateway gateway, Listener listener, Route route, List<String> hostnames) {
    Class<?> otherKind = route instanceof HTTPRoute ? GRPCRoute.class : HTTPRoute.class;
    for (Route other : snapshot.routesFor(gateway.key())) {
      if (!otherKind.isInstance(other) || !olderOrFirst(other, route)) {
        continue;
      }
      Optional<List<String>> otherHostnames = Attachment.hostnames(snapshot, gateway, listener, other);
      if (otherHostnames.isPresent()
          && Hostnames.overlap(hostnames, otherHostnames.get())
          && !losesKindConflict(gateway, listener, other, otherHostnames.get())) {
        return true;
      }
    }
    return false;
  }

  private static boolean olderOrFirst(Route a, Route b) {
    int byAge = a.metadata().creationTimestamp().orElse(java.time.Instant.MAX)
        .compareTo(b.metadata().creationTimestamp().orElse(java.time.Instant.MAX));
    if (byAge != 0) {
      return byAge < 0;
    }
    String nameA = a.metadata().namespace().orElse("default") + "/" + a.metadata().name();
    String nameB = b.metadata().namespace().orElse("default") + "/" + b.metadata().name();
    return nameA.compareTo(nameB) < 0;
  }

  /** §4.3 path kind rank: Exact 3; RegularExpression and PathPrefix 2 and 1 as the option says. */
  private int pathRank(HTTPPathMatch path) {
    boolean regexFirst = options.regexPrecedence() == SpecOptions.RegexPrecedence.BEFORE_PREFIX;
    switch (path.type()) {
      case EXACT:
        return 3;
      case REGULAR_EXPRESSION:
        return regexFirst ? 2 : 1;
      default:
        return regexFirst ? 1 : 2;
    }
  }

  private static WinningMatch winning(Candidate winner, Optional<String> ruleName) {
    return WinningMatch.builder()
        .listener(winner.listener.name())
        .route(winner.route.key())
        .ruleIndex(winner.ruleIndex)
        .ruleName(ruleName)
        .matchIndex(winner.matchIndex)
        .build();
  }

  private static SpecOutcome notServed(String reason) {
    return NotServed.builder().reason(reason).build();
  }

  private static SpecOutcome notFound(String reason) {
    return Status.builder().code(404).reason(reason).build();
  }

  /**
   * A rule's matches; a rule that lists none (even {@code matches: []}) matches every request: "If
   * no matches are specified, the default is a prefix path match on /" (HTTPRouteRule.matches doc,
   * gateway-api.md §2.4).
   */
  private static List<HTTPRouteMatch> effectiveMatches(HTTPRouteRule rule) {
    return rule.matches().isEmpty() ? List.of(HTTPRouteMatch.builder().build()) : rule.matches();
  }
}
