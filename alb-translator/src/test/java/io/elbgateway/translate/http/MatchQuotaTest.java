/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import static io.elbgateway.translate.http.MatchFixtures.QUOTAS;
import static io.elbgateway.translate.http.MatchFixtures.exact;
import static io.elbgateway.translate.http.MatchFixtures.header;
import static io.elbgateway.translate.http.MatchFixtures.prefix;
import static io.elbgateway.translate.http.MatchFixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.gateway.HTTPMethod;
import io.elbgateway.model.gateway.HTTPRouteMatch;
import io.elbgateway.translate.AlbQuotas;
import io.elbgateway.translate.status.Reasons;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MatchQuotaTest {

  private static final AlbQuotas UNLIMITED =
      AlbQuotas.builder().valuesPerCondition(1000).conditionValuesPerRule(1000).wildcardsPerRule(1000).build();

  @Test
  void andedConditionsBeyondTheQuotaFailNamingIt() {
    HTTPRouteMatch match =
        HTTPRouteMatch.builder()
            .from(exact("/a"))
            .method(HTTPMethod.GET)
            .addHeaders(header("a", "1"), header("b", "1"), header("c", "1"), header("d", "1"))
            .build();
    EncodedMatch encoded = MatchConditions.http(match, List.of(), List.of(), QUOTAS);
    assertThat(encoded.problem().get().reason()).isEqualTo(Reasons.UNSUPPORTED_VALUE);
    assertThat(problem(encoded)).startsWith(": needs 6 condition values in one ALB rule").contains("ALB allows 5 per rule");
    assertThat(encoded.rules()).isEmpty();
  }

  @Test
  void anOredPairIsSplitWhenTheRuleIsFull() {
    HTTPRouteMatch match =
        HTTPRouteMatch.builder().from(prefix("/api")).addHeaders(header("a", "1"), header("b", "1"), header("c", "1")).build();
    EncodedMatch encoded = MatchConditions.http(match, List.of("x.example.com"), List.of(), QUOTAS);
    assertThat(encoded.rules()).hasSize(2);
    assertThat(encoded.rules().get(0).get(1)).isEqualTo(RuleCondition.pathPattern(List.of("/api")));
    assertThat(encoded.rules().get(1).get(1)).isEqualTo(RuleCondition.pathPattern(List.of("/api/*")));
    assertThat(encoded.rules()).allSatisfy(rule -> assertThat(MatchAlb.broken(rule, QUOTAS)).isEmpty());
    assertSameMeaning(match, List.of("x.example.com"), List.of());
  }

  @Test
  void theSplitNeedingFewestRulesWins() {
    List<String> hosts = List.of("a.example.com", "b.example.com", "c.example.com", "d.example.com", "e.example.com", "f.example.com");
    EncodedMatch encoded = MatchConditions.http(exact("/a"), hosts, List.of(), QUOTAS);
    assertThat(encoded.rules()).hasSize(2);
    // Wildcards: two wildcard hosts and a prefix (one wildcard) with 2 wildcards per rule: split the hosts (2 rules), not both (4).
    AlbQuotas two = AlbQuotas.builder().wildcardsPerRule(2).build();
    EncodedMatch wild = MatchConditions.http(prefix("/x"), List.of("*.a.com", "*.b.com"), List.of(), two);
    assertThat(wild.rules()).hasSize(2);
    assertThat(wild.rules()).allSatisfy(rule -> assertThat(MatchAlb.broken(rule, two)).isEmpty());
    assertThat(wild.rules().get(0)).containsExactly(RuleCondition.hostHeader(List.of("*.a.com")), RuleCondition.pathPattern(List.of("/x", "/x/*")));
  }

  @Test
  void extraConditionsCountAndAreAndedToEveryRule() {
    RuleCondition sourceIp = RuleCondition.sourceIp(List.of("10.0.0.0/8", "192.168.0.0/16", "172.16.0.0/12"));
    EncodedMatch encoded = MatchConditions.http(prefix("/p"), List.of("a.example.com"), List.of(sourceIp), QUOTAS);
    assertThat(encoded.rules()).hasSize(2);
    assertThat(encoded.rules()).allSatisfy(rule -> assertThat(rule).extracting(c -> c.field().toString()).containsExactly("host-header", "path-pattern", "source-ip"));
    assertThat(encoded.rules().stream().flatMap(rule -> rule.get(2).sourceIpConfig().get().values().stream()))
        .containsExactlyElementsOf(sourceIp.sourceIpConfig().get().values());
    assertThat(encoded.rules()).allSatisfy(rule -> assertThat(MatchAlb.broken(rule, QUOTAS)).isEmpty());
  }

  @Test
  void atMostOneSourceIpPerRule() {
    RuleCondition a = RuleCondition.sourceIp(List.of("10.0.0.0/8"));
    RuleCondition b = RuleCondition.sourceIp(List.of("10.1.0.0/16"));
    assertThat(problem(MatchConditions.http(exact("/a"), List.of(), List.of(a, b), QUOTAS))).contains("two source-ip conditions");
  }

  @Test
  void andedWildcardsBeyondTheQuotaFail() {
    List<RuleCondition> extra = List.of(RuleCondition.httpHeader("x", List.of("a*b*c*")), RuleCondition.httpHeader("y", List.of("**?")));
    assertThat(problem(MatchConditions.http(exact("/a"), List.of(), extra, QUOTAS)))
        .startsWith(": needs 6 wildcards")
        .contains("ALB allows 5 per rule");
  }

  @Test
  void regexValuesSpendNoWildcards() {
    EncodedMatch encoded = MatchConditions.http(exact("/******"), List.of("*.a.com"), List.of(), QUOTAS);
    assertThat(encoded.rules()).hasSize(1);
    assertThat(encoded.rules().get(0).get(1)).isEqualTo(RuleCondition.pathPatternRegex(List.of("^/\\*\\*\\*\\*\\*\\*$")));
  }

  @Test
  void valuesPerConditionSplitsAnOredCondition() {
    AlbQuotas one = AlbQuotas.builder().valuesPerCondition(1).build();
    EncodedMatch encoded = MatchConditions.http(prefix("/p"), List.of(), List.of(), one);
    assertThat(encoded.rules())
        .containsExactly(List.of(RuleCondition.pathPattern(List.of("/p"))), List.of(RuleCondition.pathPattern(List.of("/p/*"))));
  }

  @Test
  void tooManyRulesFailWithTheRuleQuota() {
    AlbQuotas one = AlbQuotas.builder().rulesPerLoadBalancer(1).build();
    EncodedMatch encoded = MatchConditions.http(exact("/a"), List.of("a.b.com", "c.d.com", "e.f.com", "g.h.com"), List.of(), one);
    assertThat(problem(encoded)).contains("needs 2 ALB rules").contains("rules per load balancer");
  }

  @Test
  void extraValuesLongerThanAllowedFail() {
    List<RuleCondition> extra = List.of(RuleCondition.httpHeader("x", List.of("v".repeat(129))));
    assertThat(problem(MatchConditions.http(exact("/a"), List.of(), extra, QUOTAS))).contains("129 characters").contains("ALB allows 128");
  }

  @Test
  void splitsKeepTheMeaningOnRandomRequests() {
    List<String> hosts = List.of("a.example.com", "*.b.example.com", "c.example.com", "*.d.example.com", "e.example.com");
    HTTPRouteMatch match = HTTPRouteMatch.builder().from(prefix("/api")).addHeader(header("h", "1")).build();
    List<RuleCondition> extra = List.of(RuleCondition.sourceIp(List.of("1.0.0.0/8", "2.0.0.0/8")));
    assertThat(MatchConditions.http(match, hosts, extra, QUOTAS).rules().size()).isGreaterThan(1);
    assertSameMeaning(match, hosts, extra);
  }

  /** The rules within the default quotas match exactly the requests the single unsplit rule matches. */
  private static void assertSameMeaning(HTTPRouteMatch match, List<String> hosts, List<RuleCondition> extra) {
    List<List<RuleCondition>> split = MatchConditions.http(match, hosts, extra, QUOTAS).rules();
    List<List<RuleCondition>> whole = MatchConditions.http(match, hosts, extra, UNLIMITED).rules();
    assertThat(whole).hasSize(1);
    Random random = new Random(7);
    List<String> hostPool = new ArrayList<>(List.of("a.example.com", "x.b.example.com", "c.example.com", "y.d.example.com", "e.example.com", "x.example.com", "b.example.com"));
    List<String> paths = List.of("/api", "/api/", "/api/x", "/apix", "/", "/a");
    List<String> ips = List.of("1.0.0.0/8", "2.0.0.0/8", "3.0.0.0/8");
    for (int i = 0; i < 500; i++) {
      Map<String, List<String>> headers = random.nextBoolean() ? Map.of("h", List.of("1")) : Map.of();
      var request =
          new MatchAlb.Request(
              hostPool.get(random.nextInt(hostPool.size())),
              paths.get(random.nextInt(paths.size())),
              "GET",
              headers,
              List.of(),
              ips.get(random.nextInt(ips.size())));
      assertThat(MatchAlb.anyRule(split, request)).as(request.toString()).isEqualTo(MatchAlb.anyRule(whole, request));
    }
  }
}
