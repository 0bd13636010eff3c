/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import static io.elbgateway.translate.http.RulesFixtures.httpRoute;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.translate.TestContexts;
import io.elbgateway.model.elb.ListenerRule;
import io.elbgateway.model.gateway.HTTPRoute;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.status.Condition;
import io.elbgateway.translate.AlbQuotas;
import io.elbgateway.translate.Translation;
import io.elbgateway.translate.filter.RuleFilters;
import io.elbgateway.translate.http.RulesFixtures.FakeEncoder;
import io.elbgateway.translate.status.Reasons;
import io.elbgateway.translate.status.StatusCollector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RulesBudgetTest {

  /** A route of {@code rules} rules with two unmergeable matches each, created on day {@code day}. */
  private static HTTPRoute route(String name, int day, int rules) {
    StringBuilder yaml =
        new StringBuilder("metadata: {name: " + name + ", namespace: ns, creationTimestamp: \"2024-01-" + String.format("%02d", day) + "T00:00:00Z\"}\nspec:\n  rules:\n");
    for (int i = 0; i < rules; i++) {
      yaml.append("  - matches: [{path: {value: /").append(name).append(i).append("}}, {path: {value: /x").append(name).append(i).append("}}]\n");
    }
    return httpRoute(yaml.toString());
  }

  @Test
  void overTheQuotaTheNewestRoutesRulesAreLeftOutWholeAndSaySo() {
    StatusCollector statuses = new StatusCollector();
    List<Route> routes = new ArrayList<>();
    for (int day = 1; day <= 4; day++) {
      routes.add(route("r" + day, day, 10)); // 20 ALB rules each
    }
    routes.add(route("r5", 5, 8)); // 16: 96 so far
    HTTPRoute newest = route("late", 20, 3); // 6 more: 102 in all
    routes.add(newest);
    routes.forEach(r -> statuses.routeParent(r, RulesFixtures.parentRef(), TestContexts.ALB_CONTROLLER).attached());
    var port = RulesFixtures.port(routes.toArray(new Route[0]));
    Map<String, List<ListenerRule>> rules =
        ListenerRules.build(
            TestContexts.forTestGateway().statuses(statuses).build(), List.of(port), new FakeEncoder(), RuleFilters::draft, RulesFixtures::forward);

    assertThat(ListenerRules.ruleCount(rules)).isEqualTo(100);
    assertThat(rules.get("infra/web/HTTP:80")).extracting(ListenerRule::key)
        .filteredOn(k -> k.contains("/late/"))
        .containsExactlyInAnyOrder("infra/web/HTTP:80/HTTPRoute/ns/late/0/0", "infra/web/HTTP:80/HTTPRoute/ns/late/0/1", "infra/web/HTTP:80/HTTPRoute/ns/late/1/0", "infra/web/HTTP:80/HTTPRoute/ns/late/1/1")
        .as("rule 2 of the newest route is left out whole; rules 0 and 1 still fit");
    var translation = Translation.builder();
    statuses.fill(translation);
    Condition partial =
        translation.build().routeStatuses().get(newest.key()).parents().get(0).conditions().stream()
            .filter(c -> c.type().equals(Reasons.PARTIALLY_INVALID))
            .findFirst()
            .orElseThrow();
    assertThat(partial.message())
        .contains(".spec.rules[2]: the ALB would need 102 rules; its quota is 100 (AlbQuotas.rulesPerLoadBalancer)");
    assertThat(translation.build().routeStatuses().get(routes.get(0).key()).parents().get(0).conditions())
        .noneMatch(c -> c.type().equals(Reasons.PARTIALLY_INVALID));
  }

  @Test
  void theQuotaCountsEveryListenerOfTheAlb() {
    StatusCollector statuses = new StatusCollector();
    HTTPRoute old = route("old", 1, 24); // 48 ALB rules per port
    HTTPRoute young = route("young", 2, 2); // 4 ALB rules per port
    statuses.routeParent(old, RulesFixtures.parentRef(), TestContexts.ALB_CONTROLLER).attached();
    statuses.routeParent(young, RulesFixtures.parentRef(), TestContexts.ALB_CONTROLLER).attached();
    var http = RulesFixtures.port(old, young);
    var listener = RulesFixtures.listener("https", 443, Optional.empty());
    var https =
        io.elbgateway.translate.attach.ListenerPort.builder()
            .port(443)
            .protocol(io.elbgateway.model.elb.Protocol.HTTPS)
            .addListeners(listener)
            .addAttachments(RulesFixtures.attach(old, listener, List.of()), RulesFixtures.attach(young, listener, List.of()))
            .build();
    AlbQuotas quotas = AlbQuotas.builder().rulesPerLoadBalancer(100).build();
    Map<String, List<ListenerRule>> rules =
        ListenerRules.build(
            TestContexts.forTestGateway().quotas(quotas).statuses(statuses).build(), List.of(http, https), new FakeEncoder(), RuleFilters::draft, RulesFixtures::forward);
    // 104 needed: the old route's 96 and the young route's rule 0 (2 matches on 2 ports) fit;
    // its rule 1 is left out on both listeners.
    assertThat(ListenerRules.ruleCount(rules)).isEqualTo(100);
    for (String listenerKey : List.of("infra/web/HTTP:80", "infra/web/HTTPS:443")) {
      assertThat(rules.get(listenerKey)).extracting(ListenerRule::key)
          .filteredOn(k -> k.contains("/young/"))
          .containsExactlyInAnyOrder(listenerKey + "/HTTPRoute/ns/young/0/0", listenerKey + "/HTTPRoute/ns/young/0/1");
    }
  }
}
