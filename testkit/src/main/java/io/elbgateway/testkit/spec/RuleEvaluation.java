/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import io.elbgateway.model.aws.Action;
import io.elbgateway.model.aws.FixedResponseActionConfig;
import io.elbgateway.model.aws.ListenerRuleConfiguration;
import io.elbgateway.model.gateway.BackendRef;
import io.elbgateway.model.gateway.HTTPRequestRedirectFilter;
import io.elbgateway.model.gateway.HTTPURLRewriteFilter;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.meta.LocalObjectReference;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.testkit.alb.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the winning rule does with the request: filters (§7), then backends (§6.5). */
final class RuleEvaluation {

  static final String AWS_GROUP = "gateway.k8s.aws";
  static final String RULE_CONFIGURATION = "ListenerRuleConfiguration";

  private final ClusterSnapshot snapshot;
  private final Route route;
  private final String ruleField;
  private final HttpRequest request;
  private final int listenerPort;
  private final Optional<String> matchedPrefix;
  private final WinningMatch winner;
  private final List<AppliedFilter> applied = new ArrayList<>();

  RuleEvaluation(
      ClusterSnapshot snapshot, Route route, int ruleIndex, HttpRequest request, int listenerPort,
      Optional<String> matchedPrefix, WinningMatch winner) {
    this.snapshot = snapshot;
    this.route = route;
    this.ruleField = ".spec.rules[" + ruleIndex + "]";
    this.request = request;
    this.listenerPort = listenerPort;
    this.matchedPrefix = matchedPrefix;
    this.winner = winner;
  }

  /**
   * The outcome of a rule with these filters and backends (each backend with its own filters).
   * Order of effects: an unresolvable ExtensionRef answers 500 (§6.5: it must not be skipped); a
   * RequestRedirect answers the redirect; a ListenerRuleConfiguration fixed response answers it;
   * otherwise the backends: none → 500; every backend invalid or zero weight → 500; else a
   * forward where the invalid backends' share is answered 500.
   */
  SpecOutcome evaluate(List<FilterView> filters, List<? extends BackendRef> backends, List<List<FilterView>> backendFilters) {
    Optional<String> extensionError = Optional.empty();
    Optional<HTTPRequestRedirectFilter> redirect = Optional.empty();
    Optional<HTTPURLRewriteFilter> rewrite = Optional.empty();
    Optional<FixedResponseActionConfig> fixed = Optional.empty();
    for (int i = 0; i < filters.size(); i++) {
      FilterView filter = filters.get(i);
      String field = ruleField + ".filters[" + i + "]";
      if (filter.redirect().isPresent()) {
        redirect = redirect.or(filter::redirect);
      } else if (filter.rewrite().isPresent()) {
        rewrite = rewrite.or(filter::rewrite);
      } else if (filter.extensionRef().isPresent()) {
        Optional<ListenerRuleConfiguration> configuration = resolve(filter.extensionRef().get());
        if (configuration.isEmpty()) {
          extensionError = extensionError.or(() -> Optional.of(field + ".extensionRef: cannot be resolved"));
          continue;
        }
        for (Action action : configuration.get().spec().actions()) {
          if (action.fixedResponseConfig().isPresent()) {
            fixed = fixed.or(action::fixedResponseConfig);
          } else if (action.preRouting()) {
            applied.add(AppliedFilter.of("authenticate", field));
          } else {
            applied.add(AppliedFilter.of(RULE_CONFIGURATION + " " + action.type(), field));
          }
        }
      } else {
        applied.add(AppliedFilter.of(filter.type(), field));
      }
    }
    if (extensionError.isPresent()) {
      return status(500, extensionError.get());
    }
    if (redirect.isPresent()) {
      Optional<String> location = Locations.location(redirect.get(), request, listenerPort, matchedPrefix);
      if (location.isEmpty()) {
        return status(500, ruleField + ": ReplacePrefixMatch needs a PathPrefix match");
      }
      return Redirect.builder()
          .winner(winner)
          .appliedFilters(applied)
          .statusCode(redirect.get().statusCode())
          .location(location.get())
          .build();
    }
    if (fixed.isPresent()) {
      return Status.builder()
          .winner(winner)
          .appliedFilters(applied)
          .code(fixed.get().statusCode())
          .body(fixed.get().messageBody())
          .reason(ruleField + ": fixed response of a " + RULE_CONFIGURATION)
          .build();
    }
    Optional<Rewritten> rewritten = Optional.empty();
    if (rewrite.isPresent()) {
      String host = rewrite.get().hostname().orElse(request.host());
      Optional<String> path =
          rewrite.get().path().isPresent()
              ? Locations.path(rewrite.get().path().get(), request.path(), matchedPrefix)
              : Optional.of(request.path());
      if (path.isEmpty()) {
        return status(500, ruleField + ": ReplacePrefixMatch needs a PathPrefix match");
      }
      rewritten = Optional.of(Rewritten.of(host, path.get()));
    }
    return forward(backends, backendFilters, rewritten);
  }

  private SpecOutcome forward(
      List<? extends BackendRef> backends, List<List<FilterView>> backendFilters, Optional<Rewritten> rewritten) {
    if (backends.isEmpty()) {
      return status(500, ruleField + ".backendRefs: the rule has no backends and no filter that answers");
    }
    long total = 0;
    for (BackendRef ref : backends) {
      total += ref.weight();
    }
    if (total == 0) {
      return status(500, ruleField + ".backendRefs: every backend has weight 0");
    }
    String routeNamespace = route.metadata().namespace().orElse("default");
    List<BackendShare> shares = new ArrayList<>();
    long invalidWeight = 0;
    List<String> problems = new ArrayList<>();
    for (int b = 0; b < backends.size(); b++) {
      BackendRef ref = backends.get(b);
      String field = ruleField + ".backendRefs[" + b + "]";
      Optional<String> problem = Backends.problem(snapshot, route, ref);
      List<FilterView> ownFilters = b < backendFilters.size() ? backendFilters.get(b) : List.of();
      for (int f = 0; f < ownFilters.size() && problem.isEmpty(); f++) {
        FilterView filter = ownFilters.get(f);
        if (filter.extensionRef().isPresent() && resolve(filter.extensionRef().get()).isEmpty()) {
          problem = Optional.of(field + ".filters[" + f + "].extensionRef: cannot be resolved");
        }
      }
      if (problem.isPresent()) {
        invalidWeight += ref.weight();
        problems.add(field + ": " + problem.get());
        continue;
      }
      for (int f = 0; f < ownFilters.size(); f++) {
        applied.add(AppliedFilter.of(ownFilters.get(f).type(), field + ".filters[" + f + "]"));
      }
      shares.add(BackendShare.of(
          ref.namespace().orElse(routeNamespace), ref.name(), ref.port().orElse(0), ref.weight(),
          (double) ref.weight() / total));
    }
    if (invalidWeight == total || shares.stream().allMatch(s -> s.weight() == 0)) {
      return status(500, problems.isEmpty() ? ruleField + ".backendRefs: no backend gets traffic" : String.join("; ", problems));
    }
    return Forward.builder()
        .winner(winner)
        .appliedFilters(applied)
        .backends(shares)
        .errorShare((double) invalidWeight / total)
        .rewritten(rewritten)
        .build();
  }

  /**
   * §7.7: an ExtensionRef names an object in the route's namespace. The model knows only the AWS
   * ListenerRuleConfiguration; any other reference (or a missing object) is unresolvable.
   */
  private Optional<ListenerRuleConfiguration> resolve(LocalObjectReference ref) {
    if (!ref.group().equals(AWS_GROUP) || !ref.kind().equals(RULE_CONFIGURATION)) {
      return Optional.empty();
    }
    return snapshot.get(ListenerRuleConfiguration.class, route.metadata().namespace().orElse("default"), ref.name());
  }

  private Status status(int code, String reason) {
    return Status.builder().winner(winner).appliedFilters(applied).code(code).reason(reason).build();
  }
}
