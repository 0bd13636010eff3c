/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import static io.elbgateway.translate.http.MatchFixtures.encode;
import static io.elbgateway.translate.http.MatchFixtures.onlyRule;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.gateway.HTTPMethod;
import io.elbgateway.model.gateway.HTTPRouteMatch;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchMethodTest {

  @Test
  void methodIsAnHttpRequestMethodCondition() {
    assertThat(onlyRule(encode(HTTPRouteMatch.builder().method(HTTPMethod.PATCH).build())))
        .containsExactly(RuleCondition.pathPattern(List.of("/*")), RuleCondition.httpRequestMethod(List.of("PATCH")));
  }

  @Test
  void conditionsComeInAFixedOrder() {
    HTTPRouteMatch match =
        HTTPRouteMatch.builder()
            .from(MatchFixtures.exact("/x"))
            .addQueryParam(MatchFixtures.query("q", "1"))
            .addHeader(MatchFixtures.header("h", "1"))
            .method(HTTPMethod.GET)
            .build();
    assertThat(onlyRule(MatchConditions.http(match, List.of("a.example.com"), List.of(RuleCondition.sourceIp(List.of("10.0.0.0/8"))), io.elbgateway.translate.AlbQuotas.builder().conditionValuesPerRule(6).build())))
        .extracting(c -> c.field().toString())
        .containsExactly("host-header", "path-pattern", "http-request-method", "http-header", "query-string", "source-ip");
  }
}
