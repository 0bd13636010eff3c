/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import static io.elbgateway.translate.http.RulesFixtures.httpRoute;
import static io.elbgateway.translate.http.RulesFixtures.port;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.translate.TestContexts;
import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.elb.ListenerRule;
import io.elbgateway.model.elb.LoadBalancer;
import io.elbgateway.model.gateway.HTTPRoute;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.translate.filter.RuleFilters;
import io.elbgateway.translate.http.RulesFixtures.FakeEncoder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Priorities of assembled rules: from the previous translation's stack, stable under a change. */
class RulesPriorityTest {

  private static HTTPRoute route(String name, String day, String path) {
    return httpRoute(
        "metadata: {name: " + name + ", namespace: ns, creationTimestamp: \"2024-01-" + day + "T00:00:00Z\"}\nspec:\n  rules: [{matches: [{path: {type: Exact, value: "
            + path + "}}]}]");
  }

  private static List<ListenerRule> build(Optional<ElbStack> previous, Route... routes) {
    return ListenerRules.build(
            TestContexts.forTestGateway().previous(previous).build(),
            List.of(port(routes)),
            new FakeEncoder(),
            RuleFilters::draft,
            RulesFixtures::forward)
        .get("infra/web/HTTP:80");
  }

  private static ElbStack stack(List<ListenerRule> rules) {
    return ElbStack.builder()
        .gateway(TestContexts.testGateway("infra", "web").key())
        .loadBalancer(LoadBalancer.builder().key("infra/web").name("k8s-infra-web").build())
        .rules(rules)
        .build();
  }

  private static Map<String, Integer> priorities(List<ListenerRule> rules) {
    return rules.stream().collect(Collectors.toMap(ListenerRule::key, ListenerRule::priority));
  }

  @Test
  void addingARouteKeepsEveryOtherRulesPriority() {
    HTTPRoute a = route("a", "01", "/aaaa");
    HTTPRoute c = route("c", "03", "/cc");
    List<ListenerRule> before = build(Optional.empty(), a, c);
    assertThat(before).extracting(ListenerRule::priority).containsExactly(1000, 2000);

    HTTPRoute b = route("b", "02", "/bbb"); // sorts between a and c
    List<ListenerRule> after = build(Optional.of(stack(before)), a, b, c);
    assertThat(after).extracting(ListenerRule::key)
        .containsExactly("infra/web/HTTP:80/HTTPRoute/ns/a/0/0", "infra/web/HTTP:80/HTTPRoute/ns/b/0/0", "infra/web/HTTP:80/HTTPRoute/ns/c/0/0");
    assertThat(after).extracting(ListenerRule::priority).containsExactly(1000, 1500, 2000);

    List<ListenerRule> removed = build(Optional.of(stack(after)), b, c);
    assertThat(priorities(removed)).containsExactlyInAnyOrderEntriesOf(Map.of("infra/web/HTTP:80/HTTPRoute/ns/b/0/0", 1500, "infra/web/HTTP:80/HTTPRoute/ns/c/0/0", 2000));
  }

  @Test
  void anAllocatorThatBreaksItsContractIsNotTrusted() {
    assertThat(ListenerRules.keepsContract(List.of("a", "b"), Map.of("a", 1, "b", 2), 10)).isTrue();
    assertThat(ListenerRules.keepsContract(List.of("a", "b"), Map.of("a", 1), 10)).isTrue();
    assertThat(ListenerRules.keepsContract(List.of("a", "b"), Map.of("b", 1), 10)).isFalse();
    assertThat(ListenerRules.keepsContract(List.of("a", "b"), Map.of("a", 2, "b", 2), 10)).isFalse();
    assertThat(ListenerRules.keepsContract(List.of("a", "b"), Map.of("a", 1, "b", 11), 10)).isFalse();
    assertThat(ListenerRules.keepsContract(List.of("a"), Map.of("a", 0), 10)).isFalse();
  }

  @Test
  void withoutAPreviousStackPrioritiesAreLaidOutAfresh() {
    List<ListenerRule> rules = build(Optional.empty(), route("a", "01", "/a"), route("b", "02", "/b"), route("c", "03", "/c"));
    assertThat(rules).extracting(ListenerRule::priority).containsExactly(1000, 2000, 3000);
  }
}
