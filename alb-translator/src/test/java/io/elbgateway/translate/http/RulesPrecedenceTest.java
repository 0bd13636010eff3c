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
import io.elbgateway.model.gateway.GRPCRoute;
import io.elbgateway.model.gateway.HTTPRoute;
import io.elbgateway.translate.attach.ListenerPort;
import io.elbgateway.translate.filter.RuleFilters;
import io.elbgateway.translate.http.RulesFixtures.FakeEncoder;
import io.elbgateway.translate.http.RulesFixtures.Request;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RulesPrecedenceTest {

  private static List<ListenerRule> rules(ListenerPort port) {
    Map<String, List<ListenerRule>> rules =
        ListenerRules.build(
            TestContexts.forTestGateway().build(), List.of(port), new FakeEncoder(), RuleFilters::draft, RulesFixtures::forward);
    return rules.get("infra/web/HTTP:80");
  }

  private static String backend(List<ListenerRule> rules, Request request) {
    return evaluate(rules, request)
        .map(r -> r.key().split("/"))
        .map(parts -> parts[5] + "-" + parts[6].split("#")[0])
        .orElse("404");
  }

  @Test
  void pathMatchOrderConformanceIllustration() {
    HTTPRoute route =
        httpRoute(
            """
            metadata: {name: path-matching-order, namespace: gateway-conformance-infra}
            spec:
              parentRefs: [{name: web, namespace: infra}]
              rules:
              - matches: [{path: {type: Exact, value: /match}}]          # 0 -> v1
              - matches: [{path: {type: Exact, value: /match/exact}}]    # 1 -> v2
              - matches: [{path: {type: Exact, value: /match/exact/one}}] # 2 -> v3
              - matches: [{path: {type: PathPrefix, value: /match/}}]     # 3 -> v3
              - matches: [{path: {type: PathPrefix, value: /match/prefix/}}] # 4 -> v1
              - matches: [{path: {type: PathPrefix, value: /match/prefix/one}}] # 5 -> v2
            """);
    List<ListenerRule> rules = rules(port(route));
    assertThat(rules).extracting(r -> r.key().substring(r.key().lastIndexOf("order/") + 6))
        .containsExactly("2/0", "1/0", "0/0", "5/0", "4/0", "3/0");
    String v1 = "path-matching-order-";
    assertThat(backend(rules, Request.of("any", "/match/exact/one"))).isEqualTo(v1 + 2);
    assertThat(backend(rules, Request.of("any", "/match/exact"))).isEqualTo(v1 + 1);
    assertThat(backend(rules, Request.of("any", "/match"))).isEqualTo(v1 + 0);
    assertThat(backend(rules, Request.of("any", "/match/prefix/one/any"))).isEqualTo(v1 + 5);
    assertThat(backend(rules, Request.of("any", "/match/prefix/any"))).isEqualTo(v1 + 4);
    assertThat(backend(rules, Request.of("any", "/match/any"))).isEqualTo(v1 + 3);
  }

  @Test
  void matchingAcrossRoutesConformanceIllustration() {
    HTTPRoute a =
        httpRoute(
            """
            metadata: {name: matching-part1, namespace: ns, creationTimestamp: "2024-01-01T00:00:00Z"}
            spec:
              hostnames: [example.com, example.net]
              rules:
              - matches:
                - path: {type: PathPrefix, value: /}
                - headers: [{name: version, value: one}]
            """);
    HTTPRoute b =
        httpRoute(
            """
            metadata: {name: matching-part2, namespace: ns, creationTimestamp: "2024-01-02T00:00:00Z"}
            spec:
              hostnames: [example.com]
              rules:
              - matches:
                - path: {type: PathPrefix, value: /v2}
                - headers: [{name: version, value: two}]
            """);
    List<ListenerRule> rules = rules(port(a, b));
    String partA = "matching-part1-0";
    String partB = "matching-part2-0";
    assertThat(backend(rules, Request.of("example.com", "/"))).isEqualTo(partA);
    assertThat(backend(rules, Request.of("example.net", "/"))).isEqualTo(partA);
    assertThat(backend(rules, Request.of("example.com", "/v2"))).isEqualTo(partB);
    assertThat(backend(rules, Request.of("example.com", "/v2/example"))).isEqualTo(partB);
    assertThat(backend(rules, Request.of("example.net", "/v2"))).isEqualTo(partA);
    assertThat(backend(rules, Request.of("example.com", "/").header("version", "one"))).isEqualTo(partA);
    assertThat(backend(rules, Request.of("example.com", "/").header("version", "two"))).isEqualTo(partB);
    assertThat(backend(rules, Request.of("example.net", "/").header("version", "two"))).isEqualTo(partA);
  }

  @Test
  void exactHostnameBeatsWildcardBeatsNoHostnameWhateverThePath() {
    HTTPRoute none = httpRoute("metadata: {name: none, namespace: ns}\nspec:\n  rules: [{matches: [{path: {type: Exact, value: /x}}]}]");
    HTTPRoute wildcard =
        httpRoute("metadata: {name: wild, namespace: ns}\nspec:\n  hostnames: ['*.example.com']\n  rules: [{matches: [{path: {type: Exact, value: /x}}]}]");
    HTTPRoute exact = httpRoute("metadata: {name: exact, namespace: ns}\nspec:\n  hostnames: [a.example.com]\n  rules: [{}]");
    List<ListenerRule> rules = rules(port(none, wildcard, exact));
    assertThat(rules).extracting(ListenerRule::key)
        .containsExactly("infra/web/HTTP:80/HTTPRoute/ns/exact/0/0", "infra/web/HTTP:80/HTTPRoute/ns/wild/0/0", "infra/web/HTTP:80/HTTPRoute/ns/none/0/0");
  }

  @Test
  void regexSortsAfterExactAndBeforeEveryPrefix() {
    HTTPRoute route =
        httpRoute(
            """
            metadata: {name: r, namespace: ns}
            spec:
              rules:
              - matches: [{path: {type: PathPrefix, value: /a/very/long/prefix}}]
              - matches: [{path: {type: RegularExpression, value: "/a/.*"}}]
              - matches: [{path: {type: Exact, value: /b}}]
            """);
    assertThat(rules(port(route))).extracting(r -> r.key().substring(r.key().length() - 3)).containsExactly("2/0", "1/0", "0/0");
  }

  @Test
  void grpcAndHttpRulesShareOneOrder() {
    GRPCRoute grpc =
        RulesFixtures.grpcRoute(
            """
            metadata: {name: g, namespace: ns, creationTimestamp: "2024-01-02T00:00:00Z"}
            spec:
              rules:
              - matches: [{method: {service: foo.Greeter, method: Hello}}]
              - {}
            """);
    HTTPRoute http = httpRoute("metadata: {name: h, namespace: ns, creationTimestamp: \"2024-01-01T00:00:00Z\"}\nspec:\n  rules: [{}]");
    assertThat(rules(port(grpc, http))).extracting(ListenerRule::key)
        .containsExactly(
            "infra/web/HTTP:80/GRPCRoute/ns/g/0/0",
            // the gRPC match without a method ranks like PathPrefix "/": the older route wins the tie
            "infra/web/HTTP:80/HTTPRoute/ns/h/0/0",
            "infra/web/HTTP:80/GRPCRoute/ns/g/1/0");
  }

  @Test
  void aRouteWithoutCreationTimestampCountsAsTheNewest() {
    HTTPRoute stamped = httpRoute("metadata: {name: z, namespace: ns, creationTimestamp: \"2030-01-01T00:00:00Z\"}\nspec:\n  rules: [{}]");
    HTTPRoute unstamped = httpRoute("metadata: {name: a, namespace: ns}\nspec:\n  rules: [{}]");
    assertThat(rules(port(unstamped, stamped))).extracting(ListenerRule::key)
        .containsExactly("infra/web/HTTP:80/HTTPRoute/ns/z/0/0", "infra/web/HTTP:80/HTTPRoute/ns/a/0/0");
  }

  @Test
  void methodThenHeadersThenQueryParamsBreakTiesOfEqualPaths() {
    HTTPRoute route =
        httpRoute(
            """
            metadata: {name: r, namespace: ns}
            spec:
              rules:
              - matches: [{path: {value: /p}, queryParams: [{name: q, value: "1"}]}]
              - matches: [{path: {value: /p}, headers: [{name: h, value: "1"}]}]
              - matches: [{path: {value: /p}, headers: [{name: h, value: "1"}, {name: i, value: "2"}]}]
              - matches: [{path: {value: /p}, method: GET}]
            """);
    assertThat(rules(port(route))).extracting(r -> r.key().substring(r.key().length() - 3)).containsExactly("3/0", "2/0", "1/0", "0/0");
  }

  @Test
  void theOrderIsAStrictWeakOrdering() {
    Random random = new Random(42);
    List<PrecedenceKey> keys = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      keys.add(randomKey(random));
    }
    keys.add(keys.get(0)); // an equal pair
    for (PrecedenceKey a : keys) {
      assertThat(RulePrecedence.ORDER.compare(a, a)).as("irreflexive").isZero();
      for (PrecedenceKey b : keys) {
        int ab = Integer.signum(RulePrecedence.ORDER.compare(a, b));
        assertThat(Integer.signum(RulePrecedence.ORDER.compare(b, a))).as("antisymmetric").isEqualTo(-ab);
        for (PrecedenceKey c : keys) {
          int bc = Integer.signum(RulePrecedence.ORDER.compare(b, c));
          int ac = Integer.signum(RulePrecedence.ORDER.compare(a, c));
          if (ab < 0 && bc < 0) {
            assertThat(ac).as("transitive").isNegative();
          }
          if (ab == 0 && bc == 0) {
            assertThat(ac).as("equivalence is transitive").isZero();
          }
        }
      }
    }
  }

  @Test
  void theOrderDoesNotDependOnTheInputOrder() {
    Random random = new Random(7);
    List<PrecedenceKey> keys = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      keys.add(randomKey(random));
    }
    List<PrecedenceKey> sorted = new ArrayList<>(keys);
    sorted.sort(RulePrecedence.ORDER);
    for (int round = 0; round < 20; round++) {
      List<PrecedenceKey> shuffled = new ArrayList<>(keys);
      Collections.shuffle(shuffled, random);
      shuffled.sort(RulePrecedence.ORDER);
      assertThat(shuffled).isEqualTo(sorted);
    }
  }

  @Test
  void theRulesDoNotDependOnTheAttachmentOrder() {
    List<HTTPRoute> routes = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      routes.add(
          httpRoute(
              "metadata: {name: r" + i + ", namespace: ns" + (i % 3) + "}\nspec:\n  hostnames: [" + (i % 2 == 0 ? "a.example.com" : "'*.example.com'")
                  + "]\n  rules:\n  - matches: [{path: {value: /p" + (i % 4) + "}}, {path: {type: Exact, value: /e}}]"));
    }
    List<ListenerRule> expected = rules(port(routes.toArray(new HTTPRoute[0])));
    Random random = new Random(3);
    for (int round = 0; round < 10; round++) {
      List<HTTPRoute> shuffled = new ArrayList<>(routes);
      Collections.shuffle(shuffled, random);
      assertThat(rules(port(shuffled.toArray(new HTTPRoute[0])))).isEqualTo(expected);
    }
  }

  private static PrecedenceKey randomKey(Random random) {
    boolean host = random.nextBoolean();
    int chars = host ? 5 + random.nextInt(3) : 0;
    return new PrecedenceKey(
        host,
        host && random.nextBoolean() ? chars : 0,
        chars,
        1 + random.nextInt(3),
        random.nextInt(4),
        random.nextInt(2),
        random.nextBoolean(),
        random.nextInt(3),
        random.nextInt(3),
        random.nextInt(4) == 0 ? Instant.MAX : Instant.ofEpochSecond(random.nextInt(3)),
        "ns" + random.nextInt(2),
        "r" + random.nextInt(2),
        random.nextBoolean() ? "HTTPRoute" : "GRPCRoute",
        random.nextInt(2),
        random.nextInt(2),
        random.nextBoolean() ? "" : "a.example.com",
        random.nextInt(2));
  }
}
