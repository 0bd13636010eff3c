/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.alb;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.elb.Action;
import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.elb.Listener;
import io.elbgateway.model.elb.ListenerRule;
import io.elbgateway.model.elb.LoadBalancer;
import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.elb.QueryStringKeyValuePair;
import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.elb.RuleTransform;
import io.elbgateway.model.meta.ObjectKey;
import java.util.List;

/** Builders for the ALB evaluator's tests: one load balancer, listeners, rules. */
final class AlbEvalFixtures {

  static final String LB = "ns/gw";

  private AlbEvalFixtures() {}

  /** An HTTP listener on {@code port} whose default action answers 404. */
  static Listener http(int port) {
    return listener(Protocol.HTTP, port, Action.fixedResponse("404"));
  }

  static Listener listener(Protocol protocol, int port, Action defaultAction) {
    return Listener.builder()
        .key(LB + "/" + port)
        .loadBalancerKey(LB)
        .protocol(protocol)
        .port(port)
        .addDefaultAction(defaultAction)
        .build();
  }

  /** A rule on listener port {@code port} forwarding to target group {@code key}. */
  static ListenerRule rule(int port, String key, int priority, List<RuleCondition> conditions) {
    return rule(port, key, priority, conditions, List.of(Action.forward("tg-" + key)), List.of());
  }

  static ListenerRule rule(
      int port,
      String key,
      int priority,
      List<RuleCondition> conditions,
      List<Action> actions,
      List<RuleTransform> transforms) {
    return ListenerRule.builder()
        .key(key)
        .listenerKey(LB + "/" + port)
        .priority(priority)
        .conditions(conditions)
        .actions(actions)
        .transforms(transforms)
        .build();
  }

  static ElbStack stack(List<Listener> listeners, List<ListenerRule> rules) {
    return ElbStack.builder()
        .gateway(ObjectKey.of("gateway.networking.k8s.io", "Gateway", "ns", "gw"))
        .loadBalancer(LoadBalancer.builder().key(LB).name("gw").build())
        .listeners(listeners)
        .rules(rules)
        .build();
  }

  /** An HTTP listener on 80 with one rule ("r", priority 1) holding {@code conditions}. */
  static ElbStack oneRule(RuleCondition... conditions) {
    return stack(List.of(http(80)), List.of(rule(80, "r", 1, List.of(conditions))));
  }

  /** A request to host a.example.com on port 80, path {@code path}. */
  static ImmutableHttpRequest.Builder request(String path) {
    return HttpRequest.builder().host("a.example.com").path(path);
  }

  /** A request for {@code /} with one query parameter. */
  static HttpRequest withQuery(String key, String value) {
    return request("/").addQueryParameter(NameValue.of(key, value)).build();
  }

  /** A request for {@code /} with one header. */
  static HttpRequest withHeader(String name, String value) {
    return request("/").addHeader(NameValue.of(name, value)).build();
  }

  /** {@link #oneRule} with one query-string condition of one pair. */
  static ElbStack queryRule(String key, String value) {
    return oneRule(RuleCondition.queryString(List.of(QueryStringKeyValuePair.of(key, value))));
  }

  /** Whether {@code request} matched rule "r" of {@link #oneRule}. */
  static boolean matchesRule(ElbStack stack, HttpRequest request) {
    AlbOutcome outcome = AlbEvaluator.evaluate(stack, request);
    assertThat(outcome).isInstanceOf(Handled.class);
    return ((Handled) outcome).ruleKey().filter("r"::equals).isPresent();
  }

  static Handled handled(ElbStack stack, HttpRequest request) {
    AlbOutcome outcome = AlbEvaluator.evaluate(stack, request);
    assertThat(outcome).isInstanceOf(Handled.class);
    return (Handled) outcome;
  }
}
