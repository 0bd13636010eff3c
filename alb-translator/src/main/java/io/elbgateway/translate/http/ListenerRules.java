/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import io.elbgateway.translate.DeviationCode;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.gateway.ListenerSet;
import io.elbgateway.model.gateway.ListenerDefinition;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.elb.Action;
import io.elbgateway.model.elb.ElbKeys;
import io.elbgateway.model.elb.FixedResponseActionConfig;
import io.elbgateway.model.elb.ForwardActionConfig;
import io.elbgateway.model.elb.ImmutableForwardActionConfig;
import io.elbgateway.model.elb.ListenerRule;
import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.gateway.BackendRef;
import io.elbgateway.model.gateway.GRPCRoute;
import io.elbgateway.model.gateway.GRPCRouteMatch;
import io.elbgateway.model.gateway.GRPCRouteRule;
import io.elbgateway.model.gateway.HTTPRoute;
import io.elbgateway.model.gateway.HTTPRouteMatch;
import io.elbgateway.model.gateway.HTTPRouteRule;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.gateway.RouteRule;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.meta.ParentReference;
import io.elbgateway.translate.AlbQuotas;
import io.elbgateway.translate.GatewayContext;
import io.elbgateway.translate.attach.ListenerPort;
import io.elbgateway.translate.attach.ResolvedListener;
import io.elbgateway.translate.attach.RouteAttachment;
import io.elbgateway.translate.filter.RuleFilters;
import io.elbgateway.translate.spi.RuleDraft;
import io.elbgateway.translate.status.Problem;
import io.elbgateway.translate.status.Reasons;
import io.elbgateway.translate.status.RouteParentRecorder;
import io.elbgateway.translate.targets.ForwardPlan;
import io.elbgateway.translate.targets.TargetGroupRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The ALB rules of every listener port of a Gateway: assembles each route rule's actions (from its
 * filters and backends) and conditions (from its matches and hostnames), orders them by the spec's
 * precedence ({@link RulePrecedence}), combines those that can be combined ({@link RuleMerging}),
 * keeps the ALB within its rule quota ({@link RuleBudget}) and gives them priorities with the
 * plugged {@code PriorityAllocator} (by default {@link GappedPriorityAllocator}), keeping the
 * previous translation's priorities where it can.
 *
 * <p>Whatever cannot be programmed fails only its own route rule, with a status on each parentRef
 * through which the route reached the listener port.
 */
public final class ListenerRules {

  /** Runs a route rule's filters (the seam to {@link RuleFilters}). */
  interface Drafter {
    RuleDraft draft(GatewayContext context, Route route, int ruleIndex, boolean https);
  }

  /** Resolves a route rule's backends (the seam to {@link TargetGroupRegistry}). */
  interface Forwarder {
    ForwardPlan forward(Route route, int ruleIndex, List<? extends BackendRef> backendRefs, Protocol listenerProtocol);
  }

  private final GatewayContext context;
  private final AlbQuotas quotas;
  private final MatchEncoder encoder;
  private final Drafter drafter;
  private final Forwarder forwarder;

  private ListenerRules(GatewayContext context, MatchEncoder encoder, Drafter drafter, Forwarder forwarder) {
    this.context = context;
    this.quotas = context.options().quotas();
    this.encoder = encoder;
    this.drafter = drafter;
    this.forwarder = forwarder;
  }

  /** Keyed by listener key ({@code ElbKeys.listener}); each list sorted by priority. */
  public static Map<String, List<ListenerRule>> build(
      GatewayContext context, List<ListenerPort> ports, TargetGroupRegistry targets) {
    return build(context, ports, MatchEncoder.DEFAULT, RuleFilters::draft, targets::forward);
  }

  static Map<String, List<ListenerRule>> build(
      GatewayContext context, List<ListenerPort> ports, MatchEncoder encoder, Drafter drafter, Forwarder forwarder) {
    return new ListenerRules(context, encoder, drafter, forwarder).run(ports);
  }

  /** How many ALB rules a translation emits: the figure to set beside {@link #lbcRuleCount}. */
  public static long ruleCount(Map<String, List<ListenerRule>> rules) {
    return rules.values().stream().mapToLong(List::size).sum();
  }

  /**
   * How many ALB rules LBC would create for the same ports: one per route x rule x match x hostname
   * on each port (lbc-gateway.md §3.6, §3.7), where a rule of a GRPCRoute without matches and a
   * route without hostnames count once.
   */
  public static long lbcRuleCount(List<ListenerPort> ports) {
    long count = 0;
    for (ListenerPort port : ports) {
      for (RouteOnPort route : routesOf(port).values()) {
        long hostnames = Math.max(1, route.anyHost ? 1 : route.hostnames.size());
        for (int i = 0; i < route.route.spec().rules().size(); i++) {
          count += matchCount(route.route, i) * hostnames;
        }
      }
    }
    return count;
  }

  private Map<String, List<ListenerRule>> run(List<ListenerPort> ports) {
    Map<String, List<RuleCandidate>> perListener = new LinkedHashMap<>();
    List<RuleCandidate> all = new ArrayList<>();
    for (ListenerPort port : ports) {
      String listenerKey = ElbKeys.listener(context.loadBalancerKey(), port.protocol(), port.port());
      List<RuleCandidate> candidates = new ArrayList<>();
      for (RouteOnPort route : routesOf(port).values()) {
        for (int i = 0; i < route.route.spec().rules().size(); i++) {
          candidates.addAll(rule(port, listenerKey, route, i));
        }
      }
      candidates.addAll(isolation(port, listenerKey));
      candidates.sort(Comparator.comparing(RuleCandidate::precedence, RulePrecedence.ORDER));
      List<RuleCandidate> merged = RuleMerging.merge(candidates, quotas);
      perListener.put(listenerKey, merged);
      all.addAll(merged);
    }
    RuleBudget.Outcome budget = RuleBudget.apply(all, quotas.rulesPerLoadBalancer());
    budget.dropped().forEach(
        (unit, candidates) -> {
          String message =
              "the ALB would need "
                  + budget.needed()
                  + " rules; its quota is "
                  + quotas.rulesPerLoadBalancer()
                  + " (AlbQuotas.rulesPerLoadBalancer): rules of older routes keep their place, so this rule is left out;"
                  + " raise the quota with AWS and in the translator options, or serve the route from another Gateway";
          dropRule(candidates, message);
        });
    Set<String> keptKeys = new LinkedHashSet<>();
    budget.kept().forEach(c -> keptKeys.add(c.listenerKey() + "|" + c.key()));
    Map<String, List<ListenerRule>> result = new TreeMap<>();
    perListener.forEach(
        (listenerKey, candidates) -> {
          List<RuleCandidate> kept = new ArrayList<>();
          candidates.stream().filter(c -> keptKeys.contains(c.listenerKey() + "|" + c.key())).forEach(kept::add);
          result.put(listenerKey, prioritize(listenerKey, kept));
        });
    return result;
  }

  private List<ListenerRule> prioritize(String listenerKey, List<RuleCandidate> ordered) {
    Map<String, Integer> previous = new LinkedHashMap<>();
    context.previous().ifPresent(stack -> stack.rulesOf(listenerKey).forEach(r -> previous.put(r.key(), r.priority())));
    List<String> keys = ordered.stream().map(RuleCandidate::key).toList();
    Map<String, Integer> priorities =
        context.plugins().priorityAllocator().allocate(keys, previous, quotas.maxPriority());
    if (!keepsContract(keys, priorities, quotas.maxPriority())) {
      // A plugged allocator broke its contract; ALB would reject or misorder the rules.
      priorities = new GappedPriorityAllocator().allocate(keys, previous, quotas.maxPriority());
    }
    List<ListenerRule> rules = new ArrayList<>();
    for (RuleCandidate candidate : ordered) {
      Integer priority = priorities.get(candidate.key());
      if (priority == null) {
        dropRule(
            List.of(candidate),
            "the listener has no priority left for this rule: priorities run from 1 to "
                + quotas.maxPriority()
                + " (AlbQuotas.maxPriority)");
        continue;
      }
      rules.add(
          ListenerRule.builder()
              .key(candidate.key())
              .listenerKey(listenerKey)
              .priority(priority)
              .conditions(candidate.conditions())
              .actions(candidate.actions())
              .transforms(candidate.transforms())
              .tags(candidate.tags())
              .build());
    }
    rules.sort(Comparator.comparingInt(ListenerRule::priority).thenComparing(ListenerRule::key));
    return rules;
  }

  /**
   * Whether priorities keep the {@code PriorityAllocator} contract: strictly increasing along the
   * keys that have one, within {@code [1, max]}, and the keys without one only at the end.
   */
  static boolean keepsContract(List<String> keys, Map<String, Integer> priorities, int max) {
    int last = 0;
    boolean ended = false;
    for (String key : keys) {
      Integer priority = priorities.get(key);
      if (priority == null) {
        ended = true;
        continue;
      }
      if (ended || priority <= last || priority > max) {
        return false;
      }
      last = priority;
    }
    return true;
  }

  private void dropRule(List<RuleCandidate> candidates, String message) {
    RuleCandidate first = candidates.get(0);
    if (first.route().isEmpty()) {
      return;
    }
    Set<ParentReference> parents = new LinkedHashSet<>();
    candidates.forEach(c -> parents.addAll(c.parentRefs()));
    for (ParentReference parent : parents) {
      recorder(first.route().orElseThrow(), parent).droppedRule(first.ruleIndex(), Reasons.UNSUPPORTED_VALUE, message);
    }
  }

  /** The candidates of rule {@code i} of a route on a port; empty when the rule is dropped. */
  private List<RuleCandidate> rule(ListenerPort port, String listenerKey, RouteOnPort on, int i) {
    Route route = on.route;
    RouteRule rule = route.spec().rules().get(i);
    boolean https = port.protocol() == Protocol.HTTPS;
    List<RouteParentRecorder> recorders = on.parentRefs.stream().map(p -> recorder(route, p)).toList();
    RuleDraft draft = drafter.draft(context, route, i, https);
    if (draft.dropped().isPresent()) {
      Problem problem = draft.dropped().get();
      recorders.forEach(r -> r.droppedRule(i, problem.reason(), problem.message()));
      return List.of();
    }
    draft.failedClosed().ifPresent(p -> recorders.forEach(r -> r.failedRule(i, p.reason(), p.message())));
    draft.unresolvedRefs().forEach(p -> recorders.forEach(r -> r.unresolvedRef(p.reason(), p.message())));
    Optional<Action> routing = draft.routingAction();
    if (routing.isEmpty()) {
      if (rule.backendRefs().isEmpty()) {
        routing = Optional.of(internalError());
      } else {
        ForwardPlan plan = forwarder.forward(route, i, rule.backendRefs(), port.protocol());
        for (Problem problem : plan.problems()) {
          recorders.forEach(r -> r.unresolvedRef(problem.reason(), problem.message()));
        }
        if (plan.ruleProblem().isPresent()) {
          Problem problem = plan.ruleProblem().get();
          recorders.forEach(r -> r.droppedRule(i, problem.reason(), problem.message()));
          return List.of();
        }
        if (plan.forwardsNothing()) {
          routing = Optional.of(internalError());
        } else {
          ImmutableForwardActionConfig.Builder forward = ForwardActionConfig.builder().targetGroups(plan.targetGroups());
          draft.forwardStickiness().ifPresent(forward::targetGroupStickinessConfig);
          routing = Optional.of(Action.forward(forward.build()));
        }
      }
    }
    List<Action> actions = new ArrayList<>();
    for (Action action : draft.preRoutingActions()) {
      actions.add(action.ordered(actions.size() + 1));
    }
    actions.add(routing.get().ordered(actions.size() + 1));

    String ruleId = ruleIds(route).get(i);
    String namespace = route.metadata().namespace().filter(ListenerRules::keyPart).orElse("default");
    List<RuleCandidate> candidates = new ArrayList<>();
    List<Runnable> deviations = new ArrayList<>();
    int matches = (int) matchCount(route, i);
    for (List<String> hostnames : on.hostGroups()) {
      Optional<String> qualifier =
          on.hostGroups().size() > 1 && !hostnames.isEmpty() ? Optional.of(hostnames.get(0)).filter(ListenerRules::keyPart) : Optional.empty();
      for (int j = 0; j < matches; j++) {
        final int matchIndex = j;
        List<RuleCondition> extra = new ArrayList<>();
        for (RuleDraft.ExtraCondition condition : draft.extraConditions()) {
          if (condition.matchIndexes().map(s -> s.contains(matchIndex)).orElse(true)) {
            extra.add(condition.condition());
          }
        }
        String matchPath = ".spec.rules[" + i + "].matches[" + j + "]";
        EncodedMatch encoded;
        PrecedenceKey precedence;
        if (route instanceof GRPCRoute grpc) {
          List<GRPCRouteMatch> grpcMatches = ((GRPCRouteRule) rule).matches();
          Optional<GRPCRouteMatch> match = grpcMatches.isEmpty() ? Optional.empty() : Optional.of(grpcMatches.get(j));
          encoded = encoder.grpc(match.orElse(GRPCRouteMatch.builder().build()), hostnames, extra, quotas);
          precedence = PrecedenceKey.grpc(grpc, i, j, hostnames, 0, match);
        } else {
          HTTPRouteMatch match = httpMatches((HTTPRouteRule) rule).get(j);
          encoded = encoder.http(match, hostnames, extra, quotas);
          precedence = PrecedenceKey.http(route, i, j, hostnames, 0, match);
        }
        if (encoded.problem().isPresent()) {
          Problem problem = encoded.problem().get();
          String message = matchPath + (problem.message().startsWith(".") || problem.message().startsWith(":") ? "" : ": ") + problem.message();
          recorders.forEach(r -> r.droppedRule(i, problem.reason(), message));
          return List.of();
        }
        for (EncodedMatch.Deviation deviation : encoded.deviations()) {
          deviations.add(() -> context.statuses().deviation(route, matchPath + deviation.path(), deviation.code(), deviation.message()));
        }
        String base = ElbKeys.rule(listenerKey, route.kind(), namespace, route.metadata().name(), ruleId, j);
        String key = qualifier.map(q -> ElbKeys.qualified(base, q)).orElse(base);
        List<List<RuleCondition>> parts = encoded.rules();
        for (int k = 0; k < parts.size(); k++) {
          candidates.add(
              new RuleCandidate(
                  parts.size() > 1 ? ElbKeys.qualified(key, "part-" + (k + 1)) : key,
                  listenerKey,
                  Optional.of(route),
                  List.copyOf(on.parentRefs),
                  i,
                  precedence.withSplit(k),
                  List.copyOf(parts.get(k)),
                  List.copyOf(actions),
                  draft.transforms(),
                  new TreeMap<>(draft.tags())));
        }
      }
    }
    deviations.forEach(Runnable::run);
    return candidates;
  }

  /**
   * Listener isolation: a request whose host a listener's hostname matches belongs to that listener
   * alone (gateway-api.md §4.1), even where no route of it matches the path. Where a less specific
   * listener on the same port (no hostname, or a wildcard that covers this one) has routes, the
   * listener gets a fixed-response 404 rule on its hostname, after all rules of that hostname's
   * specificity and before every less specific rule, so the request never falls through to the
   * other listener's routes. (Routes of the less specific listener must not keep hostnames that a
   * more specific listener covers; the attach stage removes them.)
   */
  private List<RuleCandidate> isolation(ListenerPort port, String listenerKey) {
    Map<String, ResolvedListener> byHostname = new TreeMap<>();
    for (ResolvedListener listener : port.listeners()) {
      if (listener.usable() && listener.hostname().isPresent()) {
        byHostname.putIfAbsent(listener.hostname().get(), listener);
      }
    }
    List<RuleCandidate> rules = new ArrayList<>();
    byHostname.forEach(
        (hostname, listener) -> {
          boolean shadowed =
              port.attachments().stream()
                  .filter(a -> !a.isolated())
                  .map(RouteAttachment::listener)
                  .filter(ResolvedListener::usable)
                  .anyMatch(other -> other.hostname().map(h -> covers(h, hostname)).orElse(true));
          if (!shadowed) {
            return;
          }
          String key =
              ElbKeys.qualified(
                  ElbKeys.rule(listenerKey, "Listener", listener.parent().namespace().isEmpty() ? "default" : listener.parent().namespace(),
                      listener.parent().name(), listener.name(), 0),
                  "isolation");
          rules.add(
              new RuleCandidate(
                  key,
                  listenerKey,
                  Optional.empty(),
                  List.of(),
                  0,
                  PrecedenceKey.isolation(hostname),
                  List.of(RuleCondition.hostHeader(List.of(hostname))),
                  List.of(notFound().ordered(1)),
                  List.of(),
                  Map.of()));
          context.snapshot().get(listener.parent()).ifPresent(
              owner ->
                  context.statuses().deviation(
                      owner,
                      listenerPath(owner, listener.name()),
                      DeviationCode.HOST_WITH_PORT,
                      "listener isolation: a request for " + hostname + " whose Host header carries a port ("
                          + hostname + ":8080) may not match the ALB host-header condition that keeps it on this"
                          + " listener, and may reach the routes of a less specific listener on port " + port.port()));
        });
    return rules;
  }

  /** The field path of a listener's hostname in the Gateway or ListenerSet that declares it. */
  private static String listenerPath(KubernetesObject owner, String listenerName) {
    List<? extends ListenerDefinition> listeners =
        owner instanceof Gateway gateway
            ? gateway.spec().listeners()
            : owner instanceof ListenerSet set ? set.spec().listeners() : List.of();
    for (int i = 0; i < listeners.size(); i++) {
      if (listeners.get(i).name().equals(listenerName)) {
        return ".spec.listeners[" + i + "].hostname";
      }
    }
    return ".spec.listeners";
  }

  /** Whether the wildcard {@code wildcard} ({@code *.example.com}) covers the other, more specific hostname. */
  static boolean covers(String wildcard, String hostname) {
    return wildcard.startsWith("*.") && !wildcard.equals(hostname) && hostname.endsWith(wildcard.substring(1));
  }

  /** What a request that no rule of its listener matches gets: HTTP 404 (gateway-api.md §4.3). */
  static Action notFound() {
    return Action.fixedResponse(FixedResponseActionConfig.builder().statusCode("404").contentType("text/plain").build());
  }

  private RouteParentRecorder recorder(Route route, ParentReference parent) {
    return context.statuses().routeParent(route, parent, context.controllerName());
  }

  /** The spec's answer for a rule with nothing to forward to: HTTP 500 (gateway-api.md §6.5). */
  static Action internalError() {
    return Action.fixedResponse(FixedResponseActionConfig.builder().statusCode("500").contentType("text/plain").build());
  }

  private static long matchCount(Route route, int ruleIndex) {
    RouteRule rule = route.spec().rules().get(ruleIndex);
    if (rule instanceof HTTPRouteRule http) {
      return httpMatches(http).size();
    }
    if (rule instanceof GRPCRouteRule grpc) {
      return Math.max(1, grpc.matches().size());
    }
    return 0;
  }

  /** A rule's matches; an explicitly empty list means {@code PathPrefix /}, as when it is left out. */
  private static List<HTTPRouteMatch> httpMatches(HTTPRouteRule rule) {
    return rule.matches().isEmpty() ? List.of(HTTPRouteMatch.builder().build()) : rule.matches();
  }

  /**
   * The rule part of each rule's key: its name, or its index when it has none. A name that could
   * collide with another rule's index (all digits), repeats an earlier name, or cannot be a key
   * part falls back to the index too, so keys stay unique whatever the input.
   */
  static List<String> ruleIds(Route route) {
    List<String> ids = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    List<? extends RouteRule> rules = route.spec().rules();
    for (int i = 0; i < rules.size(); i++) {
      Optional<String> name =
          rules.get(i).name().filter(ListenerRules::keyPart).filter(n -> !n.chars().allMatch(Character::isDigit)).filter(seen::add);
      ids.add(name.orElse(Integer.toString(i)));
    }
    return ids;
  }

  private static boolean keyPart(String part) {
    return !part.isEmpty() && part.indexOf('/') < 0 && part.indexOf('#') < 0;
  }

  /** The HTTPRoutes and GRPCRoutes attached to a port, by route, with their parentRefs and hostnames. */
  private static Map<ObjectKey, RouteOnPort> routesOf(ListenerPort port) {
    Map<ObjectKey, RouteOnPort> routes = new TreeMap<>();
    for (RouteAttachment attachment : port.attachments()) {
      Route route = attachment.route();
      if (!(route instanceof HTTPRoute) && !(route instanceof GRPCRoute)) {
        continue;
      }
      RouteOnPort on = routes.computeIfAbsent(route.key(), k -> new RouteOnPort(route));
      on.parentRefs.add(attachment.parentRef());
      if (attachment.isolated()) {
        continue; // serves no host here, but its rules still run so that their references are checked
      }
      if (attachment.hostnames().isEmpty()) {
        on.anyHost = true;
      }
      on.hostnames.addAll(attachment.hostnames());
    }
    return routes;
  }

  /** One route on one port: the parentRefs it came through and the hostnames it serves there. */
  private static final class RouteOnPort {
    final Route route;
    final Set<ParentReference> parentRefs = new LinkedHashSet<>();
    final Set<String> hostnames = new TreeSet<>();
    boolean anyHost;

    RouteOnPort(Route route) {
      this.route = route;
    }

    /**
     * The hostnames grouped by specificity (gateway-api.md §4.2), most specific group first, then
     * the empty group (any host) when some attachment serves every host. Hostnames of one group
     * order alike against every other rule, so one ALB rule may serve them all; hostnames of
     * different specificity may not share a rule without changing which route wins a request.
     */
    List<List<String>> hostGroups() {
      Map<PrecedenceKey.Host, List<String>> groups =
          new TreeMap<>(
              Comparator.comparing(PrecedenceKey.Host::hasHost, Comparator.reverseOrder())
                  .thenComparing(PrecedenceKey.Host::exactChars, Comparator.reverseOrder())
                  .thenComparing(PrecedenceKey.Host::chars, Comparator.reverseOrder()));
      for (String hostname : hostnames) {
        groups.computeIfAbsent(PrecedenceKey.Host.of(hostname), h -> new ArrayList<>()).add(hostname);
      }
      List<List<String>> result = new ArrayList<>(groups.values());
      if (anyHost) {
        result.add(List.of());
      }
      return result;
    }
  }
}
