/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.alb;

import static io.elbgateway.testkit.alb.AlbEvalFixtures.handled;
import static io.elbgateway.testkit.alb.AlbEvalFixtures.http;
import static io.elbgateway.testkit.alb.AlbEvalFixtures.matchesRule;
import static io.elbgateway.testkit.alb.AlbEvalFixtures.oneRule;
import static io.elbgateway.testkit.alb.AlbEvalFixtures.request;
import static io.elbgateway.testkit.alb.AlbEvalFixtures.rule;
import static io.elbgateway.testkit.alb.AlbEvalFixtures.stack;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.elb.RuleCondition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Listener by port, rules by priority, default action, AND between conditions, OR of values. */
class AlbRuleSelectionTest {

  @Test
  void noListenerOnThePortRefusesTheConnection() {
    ElbStack stack = stack(List.of(http(80)), List.of());

    AlbOutcome outcome = AlbEvaluator.evaluate(stack, request("/").listenerPort(8080).build());

    assertThat(outcome).isEqualTo(ImmutableConnectionRefused.of(8080));
  }

  @Test
  void theListenerOnTheRequestPortHandlesIt() {
    ElbStack stack =
        stack(
            List.of(http(80), http(8080)),
            List.of(rule(8080, "on8080", 1, List.of()), rule(80, "on80", 1, List.of())));

    Handled handled = handled(stack, request("/").listenerPort(8080).build());

    assertThat(handled.listenerKey()).isEqualTo("ns/gw/8080");
    assertThat(handled.ruleKey()).contains("on8080");
  }

  @Test
  void theMatchingRuleWithTheLowestPriorityNumberWins() {
    RuleCondition all = RuleCondition.pathPattern(List.of("/*"));
    ElbStack stack =
        stack(
            List.of(http(80)),
            List.of(
                rule(80, "late", 20, List.of(all)),
                rule(80, "early", 5, List.of(all)),
                rule(80, "other", 1, List.of(RuleCondition.pathPattern(List.of("/other"))))));

    Handled handled = handled(stack, request("/x").build());

    assertThat(handled.ruleKey()).contains("early");
    assertThat(handled.priority()).contains(5);
    assertThat(handled.defaultAction()).isFalse();
  }

  @Test
  void noMatchingRuleRunsTheDefaultActions() {
    ElbStack stack = oneRule(RuleCondition.pathPattern(List.of("/api")));

    Handled handled = handled(stack, request("/web").build());

    assertThat(handled.defaultAction()).isTrue();
    assertThat(handled.ruleKey()).isEmpty();
    assertThat(handled.priority()).isEmpty();
    assertThat(handled.result()).isEqualTo(FixedResponse.builder().statusCode(404).build());
  }

  @Test
  void conditionsOfOneRuleAreAnded() {
    ElbStack stack =
        oneRule(
            RuleCondition.pathPattern(List.of("/api")),
            RuleCondition.httpRequestMethod(List.of("POST")));

    assertThat(matchesRule(stack, request("/api").method("POST").build())).isTrue();
    assertThat(matchesRule(stack, request("/api").method("GET").build())).isFalse();
    assertThat(matchesRule(stack, request("/web").method("POST").build())).isFalse();
  }

  @Test
  void valuesOfOneConditionAreOred() {
    ElbStack stack = oneRule(RuleCondition.pathPattern(List.of("/a", "/b")));

    assertThat(matchesRule(stack, request("/a").build())).isTrue();
    assertThat(matchesRule(stack, request("/b").build())).isTrue();
    assertThat(matchesRule(stack, request("/c").build())).isFalse();
  }

  @Test
  void aRuleWithoutConditionsMatchesEveryRequest() {
    assertThat(matchesRule(oneRule(), request("/anything").method("DELETE").build())).isTrue();
  }
}
