/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import static io.elbgateway.translate.http.RulesFixtures.evaluate;
import static io.elbgateway.translate.http.RulesFixtures.httpRoute;
import static io.elbgateway.translate.http.RulesFixtures.port;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.translate.TestContexts;
import io.elbgateway.model.elb.ListenerRule;
import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.gateway.HTTPRoute;
import io.elbgateway.translate.AlbQuotas;
import io.elbgateway.translate.attach.ListenerPort;
import io.elbgateway.translate.filter.RuleFilters;
import io.elbgateway.translate.http.RulesFixtures.FakeEncoder;
import io.elbgateway.translate.http.RulesFixtures.Request;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RulesMergingTest {

  private static List<ListenerRule> rules(ListenerPort port) {
    return ListenerRules.build(
            TestContexts.forTestGateway().build(), List.of(port), new FakeEncoder(), RuleFilters::draft, RulesFixtures::forward)
        .get("infra/web/HTTP:80");
  }

  private static String target(List<ListenerRule> rules, Request request) {
    return evaluate(rules, request).map(ListenerRule::key).orElse("404");
  }

  @Test
  void matchesOfOneRuleThatDifferOnlyInPathShareOneRule() {
    HTTPRoute route =
        httpRoute(
            """
            metadata: {name: r, namespace: ns}
            spec:
              rules:
              - matches: [{path: {type: Exact, value: /a}}, {path: {type: Exact, value: /b}}, {path: {type: Exact, value: /c}}]
            """);
    List<ListenerRule> rules = rules(port(route));
    assertThat(rules).singleElement().satisfies(rule -> {
      assertThat(rule.key()).isEqualTo("infra/web/HTTP:80/HTTPRoute/ns/r/0/0");
      assertThat(rule.conditions()).containsExactly(RuleCondition.pathPattern(List.of("/a", "/b", "/c")));
    });
    assertThat(ListenerRules.lbcRuleCount(List.of(port(route)))).isEqualTo(3);
  }

  @Test
  void aMergeThatWouldBreakAQuotaIsNotMade() {
    HTTPRoute route =
        httpRoute(
            """
            metadata: {name: r, namespace: ns}
            spec:
              rules:
              - matches: [{path: {value: /a}}, {path: {value: /b}}]
            """);
    // PathPrefix /a is /a and /a/*: merged, 4 values in one condition, over the 3 ALB allows.
    assertThat(rules(port(route))).hasSize(2);
  }

  @Test
  void rulesOfDifferentRoutesOrRulesNeverMerge() {
    HTTPRoute one =
        httpRoute(
            """
            metadata: {name: one, namespace: ns}
            spec:
              rules:
              - matches: [{path: {type: Exact, value: /a}}]
              - matches: [{path: {type: Exact, value: /b}}]
            """);
    HTTPRoute two = httpRoute("metadata: {name: two, namespace: ns}\nspec:\n  rules: [{matches: [{path: {type: Exact, value: /c}}]}]");
    assertThat(rules(port(one, two))).hasSize(3);
  }

  @Test
  void matchesThatDifferInTwoConditionsDoNotMerge() {
    HTTPRoute route =
        httpRoute(
            """
            metadata: {name: r, namespace: ns}
            spec:
              rules:
              - matches:
                - {path: {type: Exact, value: /a}, method: GET}
                - {path: {type: Exact, value: /b}, method: POST}
            """);
    assertThat(rules(port(route))).hasSize(2);
  }

  @Test
  void matchesSeparatedByAnotherRoutesRuleDoNotMergeAndKeepTheSpecsAnswers() {
    // /a/x (Exact, 4 chars) sorts between r's /a/long (7) and /b (2): merging /a/long and /b would
    // put /b ahead of /a/x, harmless here, but the rule is kept general: only adjacent rules merge.
    HTTPRoute route =
        httpRoute(
            """
            metadata: {name: r, namespace: ns, creationTimestamp: "2024-01-01T00:00:00Z"}
            spec:
              rules:
              - matches: [{path: {type: Exact, value: /a/long}}, {path: {type: Exact, value: /b}}]
            """);
    HTTPRoute other = httpRoute("metadata: {name: o, namespace: ns}\nspec:\n  rules: [{matches: [{path: {type: Exact, value: /a/x}}]}]");
    List<ListenerRule> rules = rules(port(route, other));
    assertThat(rules).hasSize(3);
    assertThat(target(rules, Request.of("h", "/a/x"))).isEqualTo("infra/web/HTTP:80/HTTPRoute/ns/o/0/0");
    assertThat(target(rules, Request.of("h", "/b"))).isEqualTo("infra/web/HTTP:80/HTTPRoute/ns/r/0/1");
  }

  @Test
  void unionKeepsValueKindsApart() {
    RuleCondition plain = RuleCondition.pathPattern(List.of("/a"));
    RuleCondition regex = RuleCondition.pathPatternRegex(List.of("^/b$"));
    assertThat(RuleMerging.union(plain, regex)).isEmpty();
    assertThat(RuleMerging.union(RuleCondition.httpHeader("a", List.of("1")), RuleCondition.httpHeader("b", List.of("1")))).isEmpty();
    assertThat(RuleMerging.union(RuleCondition.httpHeader("a", List.of("1")), RuleCondition.httpHeader("A", List.of("2"))))
        .contains(RuleCondition.httpHeader("a", List.of("1", "2")));
  }

  @Test
  void wildcardsCountTowardsTheRuleQuota() {
    AlbQuotas quotas = AlbQuotas.defaults();
    List<RuleCondition> six = List.of(RuleCondition.hostHeader(List.of("*.a.com", "*.b.com", "*.c.com")), RuleCondition.pathPattern(List.of("/*", "/x/*/*")));
    assertThat(RuleMerging.wildcards(six.get(1))).isEqualTo(3);
    assertThat(RuleMerging.withinQuotas(six, quotas)).isFalse();
    assertThat(RuleMerging.withinQuotas(List.of(RuleCondition.pathPattern(List.of("/*"))), quotas)).isTrue();
  }

  @Test
  void mergedRulesAnswerAsTheUnmergedOnesWould() {
    HTTPRoute route =
        httpRoute(
            """
            metadata: {name: r, namespace: ns}
            spec:
              hostnames: [example.com]
              rules:
              - matches: [{path: {type: Exact, value: /a}}, {path: {type: Exact, value: /b}}]
              - matches: [{path: {value: /}}]
            """);
    List<ListenerRule> rules = rules(port(route));
    assertThat(rules).hasSize(2);
    assertThat(target(rules, Request.of("example.com", "/b"))).isEqualTo("infra/web/HTTP:80/HTTPRoute/ns/r/0/0");
    assertThat(target(rules, Request.of("example.com", "/c"))).isEqualTo("infra/web/HTTP:80/HTTPRoute/ns/r/1/0");
    assertThat(Optional.of(target(rules, Request.of("other.com", "/a")))).contains("404");
  }
}
