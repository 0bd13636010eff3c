/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import static io.elbgateway.translate.http.MatchFixtures.QUOTAS;
import static io.elbgateway.translate.http.MatchFixtures.codes;
import static io.elbgateway.translate.http.MatchFixtures.exact;
import static io.elbgateway.translate.http.MatchFixtures.onlyRule;
import static io.elbgateway.translate.http.MatchFixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.elb.ConditionField;
import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.gateway.HTTPMethod;
import io.elbgateway.model.gateway.HTTPRouteMatch;
import io.elbgateway.translate.DeviationCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchHostnamesTest {

  private static EncodedMatch on(List<String> hostnames) {
    return MatchConditions.http(exact("/a"), hostnames, List.of(), QUOTAS);
  }

  @Test
  void severalHostnamesShareOneHostHeaderCondition() {
    EncodedMatch encoded = on(List.of("a.example.com", "b.example.com", "*.example.net"));
    assertThat(onlyRule(encoded))
        .containsExactly(
            RuleCondition.hostHeader(List.of("a.example.com", "b.example.com", "*.example.net")),
            RuleCondition.pathPattern(List.of("/a")));
  }

  @Test
  void noHostnamesNoHostCondition() {
    assertThat(onlyRule(on(List.of()))).extracting(RuleCondition::field).containsExactly(ConditionField.PATH_PATTERN);
    assertThat(on(List.of()).deviations()).isEmpty();
  }

  @Test
  void hostWithPortIsDeclaredOncePerMatch() {
    EncodedMatch encoded = on(List.of("a.example.com", "b.example.com"));
    assertThat(codes(encoded)).containsExactly(DeviationCode.HOST_WITH_PORT);
  }

  @Test
  void wildcardHostnameIsTheSpecsSuffixMatch() {
    List<List<RuleCondition>> rules = on(List.of("*.example.com")).rules();
    assertThat(MatchAlb.anyRule(rules, MatchAlb.Request.of("test.example.com", "/a"))).isTrue();
    assertThat(MatchAlb.anyRule(rules, MatchAlb.Request.of("foo.test.example.com", "/a"))).isTrue();
    assertThat(MatchAlb.anyRule(rules, MatchAlb.Request.of("example.com", "/a"))).isFalse();
    assertThat(MatchAlb.anyRule(rules, MatchAlb.Request.of("test.example.net", "/a"))).isFalse();
    assertThat(MatchAlb.anyRule(rules, MatchAlb.Request.of("Test.Example.COM", "/a"))).isTrue();
  }

  @Test
  void moreHostnamesThanAConditionAllowsAreSplitKeepingTheOtherConditions() {
    List<String> hosts = List.of("a.example.com", "b.example.com", "c.example.com", "d.example.com", "e.example.com");
    HTTPRouteMatch match = HTTPRouteMatch.builder().from(exact("/a")).method(HTTPMethod.GET).build();
    EncodedMatch encoded = MatchConditions.http(match, hosts, List.of(), QUOTAS);
    assertThat(encoded.rules()).hasSize(2);
    assertThat(encoded.rules().get(0).get(0)).isEqualTo(RuleCondition.hostHeader(hosts.subList(0, 3)));
    assertThat(encoded.rules().get(1).get(0)).isEqualTo(RuleCondition.hostHeader(hosts.subList(3, 5)));
    for (List<RuleCondition> rule : encoded.rules()) {
      assertThat(rule.subList(1, rule.size()))
          .containsExactly(RuleCondition.pathPattern(List.of("/a")), RuleCondition.httpRequestMethod(List.of("GET")));
    }
    for (String host : hosts) {
      assertThat(encoded.rules().stream().filter(r -> MatchAlb.condition(r.get(0), MatchAlb.Request.of(host, "/a")))).hasSize(1);
    }
  }

  @Test
  void duplicateHostnamesAreOneValue() {
    assertThat(onlyRule(on(List.of("a.example.com", "A.example.com", "a.example.com"))).get(0))
        .isEqualTo(RuleCondition.hostHeader(List.of("a.example.com")));
  }

  @Test
  void hostnamesAlbCannotTakeFailTheMatch() {
    assertThat(problem(on(List.of("localhost")))).startsWith(": hostname \"localhost\"").contains("dot");
    assertThat(problem(on(List.of("a.example.123")))).contains("letters");
    assertThat(problem(on(List.of("a_b.example.com")))).contains("character");
    assertThat(problem(on(List.of("a." + "b".repeat(130) + ".com")))).contains("ALB allows 128");
  }
}
