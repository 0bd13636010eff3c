/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import io.elbgateway.model.codec.ModelMappers;
import io.elbgateway.model.elb.ListenerRule;
import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.elb.QueryStringKeyValuePair;
import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.elb.TargetGroupTuple;
import io.elbgateway.model.gateway.GRPCRoute;
import io.elbgateway.model.gateway.GRPCRouteMatch;
import io.elbgateway.model.gateway.HTTPHeaderMatch;
import io.elbgateway.model.gateway.HTTPPathMatchType;
import io.elbgateway.model.gateway.HTTPQueryParamMatch;
import io.elbgateway.model.gateway.HTTPRoute;
import io.elbgateway.model.gateway.HTTPRouteMatch;
import io.elbgateway.model.gateway.Listener;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.meta.ParentReference;
import io.elbgateway.model.meta.RouteGroupKind;
import io.elbgateway.translate.AlbQuotas;
import io.elbgateway.translate.DeviationCode;
import io.elbgateway.translate.attach.ListenerPort;
import io.elbgateway.translate.attach.ResolvedListener;
import io.elbgateway.translate.attach.RouteAttachment;
import io.elbgateway.translate.status.Problem;
import io.elbgateway.translate.targets.ForwardPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Test inputs for the rule stages: routes from YAML, ports, a fake encoder and forwarder, a tiny ALB evaluator. */
final class RulesFixtures {

  private RulesFixtures() {}

  static HTTPRoute httpRoute(String yaml) {
    return ModelMappers.yaml().readValue(yaml, HTTPRoute.class);
  }

  static GRPCRoute grpcRoute(String yaml) {
    return ModelMappers.yaml().readValue(yaml, GRPCRoute.class);
  }

  static ResolvedListener listener(String name, int port, Optional<String> hostname) {
    Listener definition =
        Listener.builder().name(name).port(port).protocol("HTTP").hostname(hostname).build();
    return ResolvedListener.builder()
        .parent(ObjectKey.of("gateway.networking.k8s.io", "Gateway", "infra", "web"))
        .name(name)
        .port(port)
        .protocol("HTTP")
        .hostname(hostname)
        .definition(definition)
        .addSupportedKinds(RouteGroupKind.of("HTTPRoute"), RouteGroupKind.of("GRPCRoute"))
        .usable(true)
        .build();
  }

  static ParentReference parentRef() {
    return ParentReference.builder().name("web").namespace("infra").build();
  }

  static RouteAttachment attach(Route route, ResolvedListener listener, List<String> hostnames) {
    return RouteAttachment.builder().route(route).parentRef(parentRef()).listener(listener).hostnames(hostnames).build();
  }

  /** An HTTP:80 port with one catch-all listener; each route attaches with its own hostnames. */
  static ListenerPort port(Route... routes) {
    ResolvedListener listener = listener("http", 80, Optional.empty());
    var port = ListenerPort.builder().port(80).protocol(Protocol.HTTP).addListeners(listener);
    for (Route route : routes) {
      port.addAttachments(attach(route, listener, route.hostnames()));
    }
    return port.build();
  }

  /** Forwards every rule to one target group named after the route and rule. */
  static ForwardPlan forward(Route route, int ruleIndex, List<?> backendRefs, Protocol protocol) {
    return ForwardPlan.builder()
        .addTargetGroups(TargetGroupTuple.of("tg-" + route.metadata().name() + "-" + ruleIndex, 1))
        .validWeight(1)
        .invalidWeight(0)
        .build();
  }

  /**
   * A simple encoder: LBC's encoding (host-header with every hostname; PathPrefix {@code /p} as
   * {@code /p} and {@code /p/*}; one condition per header, query parameter and method), with
   * problems and splits on request.
   */
  static final class FakeEncoder implements MatchEncoder {
    final Map<String, Problem> problems = new HashMap<>();
    final Set<String> splitPaths = new HashSet<>();
    int calls;

    @Override
    public EncodedMatch http(HTTPRouteMatch match, List<String> hostnames, List<RuleCondition> extra, AlbQuotas quotas) {
      calls++;
      String value = match.path().value();
      if (problems.containsKey(value)) {
        return EncodedMatch.builder().problem(problems.get(value)).build();
      }
      List<RuleCondition> conditions = new ArrayList<>();
      if (!hostnames.isEmpty()) {
        conditions.add(RuleCondition.hostHeader(hostnames));
      }
      HTTPPathMatchType type = match.path().type();
      if (type == HTTPPathMatchType.EXACT) {
        conditions.add(RuleCondition.pathPattern(List.of(value)));
      } else if (type == HTTPPathMatchType.REGULAR_EXPRESSION) {
        conditions.add(RuleCondition.pathPatternRegex(List.of(value)));
      } else if (value.equals("/")) {
        conditions.add(RuleCondition.pathPattern(List.of("/*")));
      } else {
        String p = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
        conditions.add(RuleCondition.pathPattern(List.of(p, p + "/*")));
      }
      match.method().ifPresent(m -> conditions.add(RuleCondition.httpRequestMethod(List.of(m.toString()))));
      for (HTTPHeaderMatch header : match.headers()) {
        conditions.add(RuleCondition.httpHeader(header.name(), List.of(header.value())));
      }
      for (HTTPQueryParamMatch query : match.queryParams()) {
        conditions.add(RuleCondition.queryString(List.of(QueryStringKeyValuePair.of(query.name(), query.value()))));
      }
      conditions.addAll(extra);
      var out = EncodedMatch.builder().addRules(conditions);
      if (splitPaths.contains(value)) {
        List<RuleCondition> second = new ArrayList<>(conditions);
        second.add(RuleCondition.httpHeader("x-part", List.of("2")));
        out.addRules(second);
      }
      if (!match.headers().isEmpty()) {
        out.addDeviations(new EncodedMatch.Deviation(".headers[0].value", DeviationCode.HEADER_VALUE_CASE_INSENSITIVE, "case"));
      }
      return out.build();
    }

    @Override
    public EncodedMatch grpc(GRPCRouteMatch match, List<String> hostnames, List<RuleCondition> extra, AlbQuotas quotas) {
      calls++;
      List<RuleCondition> conditions = new ArrayList<>();
      if (!hostnames.isEmpty()) {
        conditions.add(RuleCondition.hostHeader(hostnames));
      }
      String service = match.method().flatMap(m -> m.service()).orElse("*");
      String method = match.method().flatMap(m -> m.method()).orElse("*");
      conditions.add(RuleCondition.pathPattern(List.of(match.method().isEmpty() ? "/*" : "/" + service + "/" + method)));
      conditions.addAll(extra);
      return EncodedMatch.builder().addRules(conditions).build();
    }
  }

  /** A request, as the evaluator sees it. */
  record Request(String host, String path, Map<String, String> headers) {
    static Request of(String host, String path) {
      return new Request(host, path, Map.of());
    }

    Request header(String name, String value) {
      Map<String, String> more = new HashMap<>(headers);
      more.put(name.toLowerCase(), value);
      return new Request(host, path, more);
    }
  }

  /** The first rule (by priority) whose conditions all hold for the request, as ALB evaluates. */
  static Optional<ListenerRule> evaluate(List<ListenerRule> rules, Request request) {
    return rules.stream()
        .sorted((a, b) -> Integer.compare(a.priority(), b.priority()))
        .filter(r -> r.conditions().stream().allMatch(c -> holds(c, request)))
        .findFirst();
  }

  private static boolean holds(RuleCondition c, Request request) {
    switch (c.field()) {
      case HOST_HEADER:
        return c.hostHeaderConfig().orElseThrow().values().stream().anyMatch(v -> glob(v.toLowerCase(), request.host().toLowerCase()));
      case PATH_PATTERN:
        return c.pathPatternConfig().orElseThrow().values().stream().anyMatch(v -> glob(v, request.path()))
            || c.pathPatternConfig().orElseThrow().regexValues().stream().anyMatch(v -> Pattern.compile(v).matcher(request.path()).find());
      case HTTP_HEADER:
        String value = request.headers().get(c.httpHeaderConfig().orElseThrow().httpHeaderName().toLowerCase());
        return value != null && c.httpHeaderConfig().orElseThrow().values().stream().anyMatch(v -> glob(v.toLowerCase(), value.toLowerCase()));
      default:
        return false;
    }
  }

  private static boolean glob(String pattern, String text) {
    StringBuilder regex = new StringBuilder();
    for (char ch : pattern.toCharArray()) {
      regex.append(ch == '*' ? ".*" : ch == '?' ? "." : Pattern.quote(String.valueOf(ch)));
    }
    return text.matches(regex.toString());
  }
}
