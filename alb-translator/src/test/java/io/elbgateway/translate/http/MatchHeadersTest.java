/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import static io.elbgateway.translate.http.MatchFixtures.codes;
import static io.elbgateway.translate.http.MatchFixtures.encode;
import static io.elbgateway.translate.http.MatchFixtures.header;
import static io.elbgateway.translate.http.MatchFixtures.headerRegex;
import static io.elbgateway.translate.http.MatchFixtures.onlyRule;
import static io.elbgateway.translate.http.MatchFixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.gateway.HTTPHeaderMatch;
import io.elbgateway.model.gateway.HTTPRouteMatch;
import io.elbgateway.translate.DeviationCode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchHeadersTest {

  private static HTTPRouteMatch withHeaders(HTTPHeaderMatch... headers) {
    return HTTPRouteMatch.builder().addHeaders(headers).build();
  }

  private static boolean matches(HTTPRouteMatch match, String name, String value) {
    var request = new MatchAlb.Request("www.example.com", "/", "GET", Map.of(name, List.of(value)), List.of(), "");
    return MatchAlb.anyRule(encode(match).rules(), request);
  }

  @Test
  void exactHeaderIsOneValueAndDeclaresCaseInsensitivity() {
    EncodedMatch encoded = encode(withHeaders(header("X-Version", "one")));
    assertThat(onlyRule(encoded)).containsExactly(RuleCondition.pathPattern(List.of("/*")), RuleCondition.httpHeader("X-Version", List.of("one")));
    assertThat(codes(encoded)).containsExactly(DeviationCode.HEADER_VALUE_CASE_INSENSITIVE);
    assertThat(encoded.deviations().get(0).path()).isEqualTo(".headers[0]");
  }

  @Test
  void headerValuesAreNeverSplitOnCommas() {
    EncodedMatch encoded = encode(withHeaders(header("accept", "a,b,c,d")));
    assertThat(onlyRule(encoded)).contains(RuleCondition.httpHeader("accept", List.of("a,b,c,d")));
    assertThat(matches(withHeaders(header("accept", "a,b")), "accept", "a")).isFalse();
    assertThat(matches(withHeaders(header("accept", "a,b")), "accept", "a,b")).isTrue();
  }

  @Test
  void exactValueWithWildcardCharactersMatchesLiterally() {
    HTTPRouteMatch match = withHeaders(header("x", "a*b?"));
    assertThat(onlyRule(encode(match))).contains(RuleCondition.httpHeaderRegex("x", List.of("^a\\*b\\?$")));
    assertThat(matches(match, "x", "a*b?")).isTrue();
    assertThat(matches(match, "x", "aXXbY")).isFalse();
    assertThat(matches(match, "x", "a*b?c")).isFalse();
    assertThat(codes(encode(match))).containsExactly(DeviationCode.REGEX_DIALECT);
  }

  @Test
  void regularExpressionHeaderIsAnchoredRegex() {
    HTTPRouteMatch match = withHeaders(headerRegex("x", "v[0-9]"));
    assertThat(onlyRule(encode(match))).contains(RuleCondition.httpHeaderRegex("x", List.of("^(v[0-9])$")));
    assertThat(matches(match, "x", "v1")).isTrue();
    assertThat(matches(match, "x", "v12")).isFalse();
    assertThat(codes(encode(match))).containsExactly(DeviationCode.REGEX_DIALECT);
    assertThat(problem(encode(withHeaders(headerRegex("x", "(?<=a)b"))))).startsWith(".headers[0].value: ").contains("lookbehind");
  }

  @Test
  void onlyTheFirstEntryOfARepeatedNameCounts() {
    EncodedMatch encoded = encode(withHeaders(header("X-A", "1"), header("x-a", "2"), header("b", "3")));
    assertThat(onlyRule(encoded))
        .containsExactly(
            RuleCondition.pathPattern(List.of("/*")),
            RuleCondition.httpHeader("X-A", List.of("1")),
            RuleCondition.httpHeader("b", List.of("3")));
  }

  @Test
  void hostHeaderCannotBeAnHttpHeaderCondition() {
    assertThat(problem(encode(withHeaders(header("Host", "example.com"))))).startsWith(".headers[0].name: ").contains("hostnames");
  }

  @Test
  void headerNamesLongerThanAlbAllowsFail() {
    String name = "x".repeat(41);
    assertThat(problem(encode(withHeaders(header("a", "1"), header(name, "1"))))).startsWith(".headers[1].name: ").contains("40");
  }

  @Test
  void longHeaderValuesFailWithTheQuota() {
    assertThat(problem(encode(withHeaders(header("a", "v".repeat(129)))))).startsWith(".headers[0].value: ").contains("ALB allows 128");
  }
}
