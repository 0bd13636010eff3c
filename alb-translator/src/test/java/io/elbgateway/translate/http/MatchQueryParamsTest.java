/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import static io.elbgateway.translate.http.MatchFixtures.codes;
import static io.elbgateway.translate.http.MatchFixtures.encode;
import static io.elbgateway.translate.http.MatchFixtures.onlyRule;
import static io.elbgateway.translate.http.MatchFixtures.problem;
import static io.elbgateway.translate.http.MatchFixtures.query;
import static io.elbgateway.translate.http.MatchFixtures.queryRegex;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.elb.QueryStringKeyValuePair;
import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.gateway.HTTPQueryParamMatch;
import io.elbgateway.model.gateway.HTTPRouteMatch;
import io.elbgateway.translate.DeviationCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchQueryParamsTest {

  private static HTTPRouteMatch withQuery(HTTPQueryParamMatch... params) {
    return HTTPRouteMatch.builder().addQueryParams(params).build();
  }

  private static boolean matches(HTTPRouteMatch match, String key, String value) {
    var request = new MatchAlb.Request("h.example.com", "/", "GET", Map.of(), List.of(Map.entry(key, value)), "");
    return MatchAlb.anyRule(encode(match).rules(), request);
  }

  @Test
  void exactParamIsOneKeyValuePairWithDeclaredDeviations() {
    EncodedMatch encoded = encode(withQuery(query("page", "2")));
    assertThat(onlyRule(encoded)).contains(RuleCondition.queryString(List.of(QueryStringKeyValuePair.of("page", "2"))));
    assertThat(codes(encoded)).containsExactly(DeviationCode.QUERY_PARAM_CASE_INSENSITIVE, DeviationCode.REPEATED_QUERY_PARAM);
  }

  @Test
  void wildcardCharactersAreEscapedAndMatchLiterally() {
    HTTPRouteMatch match = withQuery(query("q*", "a?b*"));
    assertThat(onlyRule(encode(match))).contains(RuleCondition.queryString(List.of(QueryStringKeyValuePair.of("q\\*", "a\\?b\\*"))));
    assertThat(matches(match, "q*", "a?b*")).isTrue();
    assertThat(matches(match, "qx", "a?b*")).isFalse();
    assertThat(matches(match, "q*", "aXbYY")).isFalse();
  }

  @Test
  void escapedWildcardsSpendNoWildcardQuota() {
    HTTPRouteMatch match = withQuery(query("a", "******"));
    assertThat(encode(match).problem()).isEmpty();
  }

  @Test
  void regularExpressionIsUnsupported() {
    assertThat(problem(encode(withQuery(query("a", "1"), queryRegex("b", "x.*"))))).startsWith(".queryParams[1].type: ").contains("no regular expressions");
  }

  @Test
  void backslashCannotBeExpressed() {
    assertThat(problem(encode(withQuery(query("a", "x\\y"))))).startsWith(".queryParams[0].value: ").contains("backslash");
  }

  @Test
  void onlyTheFirstEntryOfARepeatedNameCounts() {
    EncodedMatch encoded = encode(withQuery(query("a", "1"), query("a", "2"), query("A", "3")));
    assertThat(onlyRule(encoded))
        .containsExactly(
            RuleCondition.pathPattern(List.of("/*")),
            RuleCondition.queryString(List.of(QueryStringKeyValuePair.of("a", "1"))),
            RuleCondition.queryString(List.of(QueryStringKeyValuePair.of("A", "3"))));
  }
}
