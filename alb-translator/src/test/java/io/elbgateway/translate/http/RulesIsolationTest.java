/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import static io.elbgateway.translate.http.RulesFixtures.attach;
import static io.elbgateway.translate.http.RulesFixtures.evaluate;
import static io.elbgateway.translate.http.RulesFixtures.httpRoute;
import static io.elbgateway.translate.http.RulesFixtures.listener;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.translate.TestContexts;
import io.elbgateway.model.elb.ListenerRule;
import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.gateway.HTTPRoute;
import io.elbgateway.translate.attach.ListenerPort;
import io.elbgateway.translate.attach.ResolvedListener;
import io.elbgateway.translate.filter.RuleFilters;
import io.elbgateway.translate.http.RulesFixtures.FakeEncoder;
import io.elbgateway.translate.http.RulesFixtures.Request;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RulesIsolationTest {

  private static final ResolvedListener WILD = listener("wild", 80, Optional.of("*.example.com"));
  private static final ResolvedListener EXACT = listener("exact", 80, Optional.of("a.example.com"));
  private static final ResolvedListener CATCH_ALL = listener("all", 80, Optional.empty());

  private static final HTTPRoute ON_WILD =
      httpRoute("metadata: {name: wild, namespace: ns}\nspec:\n  rules: [{matches: [{path: {type: Exact, value: /a}}]}]");
  private static final HTTPRoute ON_ALL = httpRoute("metadata: {name: all, namespace: ns}\nspec:\n  rules: [{}]");

  private static List<ListenerRule> rules(ListenerPort port) {
    return ListenerRules.build(
            TestContexts.forTestGateway().build(), List.of(port), new FakeEncoder(), RuleFilters::draft, RulesFixtures::forward)
        .get("infra/web/HTTP:80");
  }

  private static String answer(List<ListenerRule> rules, String host, String path) {
    return evaluate(rules, Request.of(host, path))
        .map(r -> r.actions().get(0).fixedResponseConfig().map(f -> f.statusCode()).orElse("") + " " + r.key())
        .orElse("default");
  }

  @Test
  void aRequestForAMoreSpecificListenerNeverReachesALessSpecificListenersRoutes() {
    ListenerPort port =
        ListenerPort.builder()
            .port(80)
            .protocol(Protocol.HTTP)
            .addListeners(WILD, EXACT, CATCH_ALL)
            .addAttachments(attach(ON_WILD, WILD, List.of("*.example.com")), attach(ON_ALL, CATCH_ALL, List.of()))
            .build();
    List<ListenerRule> rules = rules(port);
    assertThat(answer(rules, "b.example.com", "/a")).endsWith("/HTTPRoute/ns/wild/0/0");
    assertThat(answer(rules, "b.example.com", "/other")).isEqualTo("404 infra/web/HTTP:80/Listener/infra/web/wild/0#isolation");
    assertThat(answer(rules, "a.example.com", "/a")).isEqualTo("404 infra/web/HTTP:80/Listener/infra/web/exact/0#isolation");
    assertThat(answer(rules, "other.org", "/other")).endsWith("/HTTPRoute/ns/all/0/0");
    assertThat(ListenerRules.ruleCount(java.util.Map.of("l", rules))).isEqualTo(4);
  }

  @Test
  void noIsolationRuleWhereNoLessSpecificListenerHasRoutes() {
    ListenerPort port =
        ListenerPort.builder()
            .port(80)
            .protocol(Protocol.HTTP)
            .addListeners(WILD, CATCH_ALL)
            .addAttachments(attach(ON_WILD, WILD, List.of("*.example.com")))
            .build();
    assertThat(rules(port)).extracting(ListenerRule::key).containsExactly("infra/web/HTTP:80/HTTPRoute/ns/wild/0/0");
  }

  @Test
  void coversMeansAWildcardOverAMoreSpecificName() {
    assertThat(ListenerRules.covers("*.example.com", "a.example.com")).isTrue();
    assertThat(ListenerRules.covers("*.example.com", "*.a.example.com")).isTrue();
    assertThat(ListenerRules.covers("*.example.com", "*.example.com")).isFalse();
    assertThat(ListenerRules.covers("*.example.com", "example.com")).isFalse();
    assertThat(ListenerRules.covers("a.example.com", "a.example.com")).isFalse();
  }
}
