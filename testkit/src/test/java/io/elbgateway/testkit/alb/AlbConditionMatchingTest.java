/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.alb;

import static io.elbgateway.testkit.alb.AlbEvalFixtures.matchesRule;
import static io.elbgateway.testkit.alb.AlbEvalFixtures.oneRule;
import static io.elbgateway.testkit.alb.AlbEvalFixtures.queryRule;
import static io.elbgateway.testkit.alb.AlbEvalFixtures.request;
import static io.elbgateway.testkit.alb.AlbEvalFixtures.withHeader;
import static io.elbgateway.testkit.alb.AlbEvalFixtures.withQuery;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.elb.ConditionField;
import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.elb.QueryStringKeyValuePair;
import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.elb.SourceIpConditionConfig;
import io.elbgateway.model.elb.TargetGroupIpAddressType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One case per matching rule of alb-elbv2.md §1.2-1.4. */
class AlbConditionMatchingTest {

  // path-pattern

  @Test
  void pathStarMatchesZeroOrMoreCharacters() {
    ElbStack stack = oneRule(RuleCondition.pathPattern(List.of("/api/*")));

    assertThat(matchesRule(stack, request("/api/").build())).isTrue();
    assertThat(matchesRule(stack, request("/api/v1/users").build())).isTrue();
    assertThat(matchesRule(stack, request("/api").build())).isFalse();
  }

  @Test
  void pathQuestionMarkMatchesExactlyOneCharacter() {
    ElbStack stack = oneRule(RuleCondition.pathPattern(List.of("/v?")));

    assertThat(matchesRule(stack, request("/v1").build())).isTrue();
    assertThat(matchesRule(stack, request("/v").build())).isFalse();
    assertThat(matchesRule(stack, request("/v10").build())).isFalse();
  }

  @Test
  void pathIsCaseSensitive() {
    ElbStack stack = oneRule(RuleCondition.pathPattern(List.of("/API")));

    assertThat(matchesRule(stack, request("/API").build())).isTrue();
    assertThat(matchesRule(stack, request("/api").build())).isFalse();
  }

  @Test
  void pathIsComparedWithoutTheQueryString() {
    ElbStack exact = oneRule(RuleCondition.pathPattern(List.of("/a")));
    ElbStack withQuery = oneRule(RuleCondition.pathPattern(List.of("/a*x=1")));
    HttpRequest request = request("/a").addQueryParameter(NameValue.of("x", "1")).build();

    assertThat(matchesRule(exact, request)).isTrue();
    assertThat(matchesRule(withQuery, request)).isFalse();
  }

  @Test
  void pathRegexMatchesWhenFoundAnywhereAndIsCaseSensitive() {
    ElbStack stack = oneRule(RuleCondition.pathPatternRegex(List.of("v[0-9]+/users")));

    assertThat(matchesRule(stack, request("/api/v2/users/7").build())).isTrue();
    assertThat(matchesRule(stack, request("/api/V2/USERS").build())).isFalse();
  }

  @Test
  void anchoredPathRegexMatchesTheWholePathOnly() {
    ElbStack stack = oneRule(RuleCondition.pathPatternRegex(List.of("^/api/v[0-9]+$")));

    assertThat(matchesRule(stack, request("/api/v2").build())).isTrue();
    assertThat(matchesRule(stack, request("/api/v2/users").build())).isFalse();
  }

  // host-header

  @Test
  void hostIsCaseInsensitive() {
    ElbStack stack = oneRule(RuleCondition.hostHeader(List.of("A.Example.COM")));

    assertThat(matchesRule(stack, request("/").host("a.example.com").build())).isTrue();
    assertThat(matchesRule(stack, request("/").host("A.EXAMPLE.com").build())).isTrue();
  }

  @Test
  void hostStarMatchesSubdomainsButNotTheApex() {
    ElbStack stack = oneRule(RuleCondition.hostHeader(List.of("*.example.com")));

    assertThat(matchesRule(stack, request("/").host("test.example.com").build())).isTrue();
    assertThat(matchesRule(stack, request("/").host("a.b.example.com").build())).isTrue();
    assertThat(matchesRule(stack, request("/").host("example.com").build())).isFalse();
  }

  @Test
  void hostQuestionMarkMatchesExactlyOneCharacter() {
    ElbStack stack = oneRule(RuleCondition.hostHeader(List.of("?.example.com")));

    assertThat(matchesRule(stack, request("/").host("a.example.com").build())).isTrue();
    assertThat(matchesRule(stack, request("/").host("ab.example.com").build())).isFalse();
  }

  @Test
  void hostWithTheSchemesDefaultPortMatchesValues() {
    ElbStack stack = oneRule(RuleCondition.hostHeader(List.of("a.example.com")));

    assertThat(matchesRule(stack, request("/").host("a.example.com:80").build())).isTrue();
  }

  @Test
  void port443IsStandardForHttpsOnlyWhenMatchingHostValues() {
    ElbStack stack = oneRule(RuleCondition.hostHeader(List.of("a.example.com")));

    assertThat(matchesRule(stack, request("/").scheme("https").host("a.example.com:443").build()))
        .isTrue();
    assertThat(matchesRule(stack, request("/").scheme("http").host("a.example.com:443").build()))
        .isFalse();
  }

  @Test
  void hostWithANonStandardPortMatchesNoValueButARegex() {
    ElbStack byValue = oneRule(RuleCondition.hostHeader(List.of("a.example.com", "*")));
    ElbStack byRegex =
        oneRule(RuleCondition.hostHeaderRegex(List.of("^a\\.example\\.com:8080$")));
    HttpRequest request = request("/").host("a.example.com:8080").build();

    assertThat(matchesRule(byValue, request)).isFalse();
    assertThat(matchesRule(byRegex, request)).isTrue();
  }

  @Test
  void hostRegexIsCaseInsensitive() {
    ElbStack stack = oneRule(RuleCondition.hostHeaderRegex(List.of("^api\\.")));

    assertThat(matchesRule(stack, request("/").host("API.example.com").build())).isTrue();
    assertThat(matchesRule(stack, request("/").host("web.example.com").build())).isFalse();
  }

  // http-header

  @Test
  void headerNameIsCaseInsensitive() {
    ElbStack stack = oneRule(RuleCondition.httpHeader("X-Env", List.of("canary")));

    assertThat(matchesRule(stack, withHeader("x-env", "canary")))
        .isTrue();
  }

  @Test
  void headerValueIsCaseInsensitive() {
    ElbStack stack = oneRule(RuleCondition.httpHeader("X-Env", List.of("Canary")));

    assertThat(matchesRule(stack, withHeader("X-Env", "CANARY")))
        .isTrue();
    assertThat(matchesRule(stack, withHeader("X-Env", "stable")))
        .isFalse();
  }

  @Test
  void headerValueTakesWildcards() {
    ElbStack stack = oneRule(RuleCondition.httpHeader("User-Agent", List.of("*Mobile?")));

    assertThat(
            matchesRule(
                stack, withHeader("User-Agent", "Foo Mobile1")))
        .isTrue();
    assertThat(
            matchesRule(
                stack, withHeader("User-Agent", "Foo Mobile")))
        .isFalse();
  }

  @Test
  void anyOfTheRepeatedHeadersMayMatch() {
    ElbStack stack = oneRule(RuleCondition.httpHeader("X-Tag", List.of("blue")));
    HttpRequest request =
        request("/")
            .addHeader(NameValue.of("X-Tag", "red"))
            .addHeader(NameValue.of("Other", "blue"))
            .addHeader(NameValue.of("x-tag", "blue"))
            .build();

    assertThat(matchesRule(stack, request)).isTrue();
  }

  @Test
  void aMissingHeaderDoesNotMatch() {
    ElbStack stack = oneRule(RuleCondition.httpHeader("X-Tag", List.of("*")));

    assertThat(matchesRule(stack, request("/").build())).isFalse();
  }

  @Test
  void headerRegexIsCaseInsensitiveAndFoundAnywhere() {
    ElbStack stack = oneRule(RuleCondition.httpHeaderRegex("X-Ver", List.of("v[0-9]")));

    assertThat(matchesRule(stack, withHeader("X-Ver", "pre-V2-x")))
        .isTrue();
  }

  // query-string

  @Test
  void queryKeyAndValueAreCaseInsensitive() {
    ElbStack stack = queryRule("Mode", "Beta");

    assertThat(matchesRule(stack, withQuery("mode", "BETA")))
        .isTrue();
    assertThat(matchesRule(stack, withQuery("mode", "gamma")))
        .isFalse();
  }

  @Test
  void queryValueTakesWildcards() {
    ElbStack stack =
        queryRule("v", "1.?.*");

    assertThat(matchesRule(stack, withQuery("v", "1.2.30")))
        .isTrue();
    assertThat(matchesRule(stack, withQuery("v", "1.20")))
        .isFalse();
  }

  @Test
  void escapedStarQuestionMarkAndBackslashAreLiterals() {
    ElbStack star = queryRule("q", "a\\*b");
    ElbStack question =
        queryRule("q", "a\\?");
    ElbStack backslash =
        queryRule("q", "a\\\\*");

    assertThat(matchesRule(star, withQuery("q", "a*b")))
        .isTrue();
    assertThat(matchesRule(star, withQuery("q", "axxb")))
        .isFalse();
    assertThat(matchesRule(question, withQuery("q", "a?")))
        .isTrue();
    assertThat(matchesRule(question, withQuery("q", "ab")))
        .isFalse();
    // "a\\*": a literal backslash, then a wildcard star.
    assertThat(
            matchesRule(backslash, withQuery("q", "a\\xyz")))
        .isTrue();
    assertThat(matchesRule(backslash, withQuery("q", "axyz")))
        .isFalse();
  }

  @Test
  void aPairWithoutKeyMatchesTheValueOfAnyKey() {
    ElbStack stack =
        oneRule(
            RuleCondition.queryString(
                List.of(QueryStringKeyValuePair.builder().value("gold").build())));

    assertThat(matchesRule(stack, withQuery("tier", "gold")))
        .isTrue();
    assertThat(matchesRule(stack, withQuery("gold", "x")))
        .isFalse();
  }

  @Test
  void anyListedPairAndAnyRepeatedParameterMayMatch() {
    ElbStack stack =
        oneRule(
            RuleCondition.queryString(
                List.of(
                    QueryStringKeyValuePair.of("a", "1"), QueryStringKeyValuePair.of("b", "2"))));
    HttpRequest repeated =
        request("/")
            .addQueryParameter(NameValue.of("b", "9"))
            .addQueryParameter(NameValue.of("b", "2"))
            .build();

    assertThat(matchesRule(stack, repeated)).isTrue();
    assertThat(matchesRule(stack, withQuery("b", "9")))
        .isFalse();
  }

  // http-request-method

  @Test
  void methodIsExactAndCaseSensitive() {
    ElbStack stack = oneRule(RuleCondition.httpRequestMethod(List.of("GET", "HEAD")));
    ElbStack wildcard = oneRule(RuleCondition.httpRequestMethod(List.of("G*")));

    assertThat(matchesRule(stack, request("/").method("HEAD").build())).isTrue();
    assertThat(matchesRule(stack, request("/").method("get").build())).isFalse();
    assertThat(matchesRule(wildcard, request("/").method("GET").build())).isFalse();
  }

  // source-ip

  @Test
  void sourceIpv4IsMatchedByCidrContainment() {
    ElbStack stack = oneRule(RuleCondition.sourceIp(List.of("10.0.0.0/8", "192.168.1.7/32")));

    assertThat(matchesRule(stack, request("/").sourceIp("10.200.3.4").build())).isTrue();
    assertThat(matchesRule(stack, request("/").sourceIp("192.168.1.7").build())).isTrue();
    assertThat(matchesRule(stack, request("/").sourceIp("192.168.1.8").build())).isFalse();
    assertThat(matchesRule(stack, request("/").sourceIp("11.0.0.1").build())).isFalse();
  }

  @Test
  void sourceIpv6IsMatchedByCidrContainment() {
    ElbStack stack = oneRule(RuleCondition.sourceIp(List.of("2001:db8::/32")));

    assertThat(matchesRule(stack, request("/").sourceIp("2001:db8:1::5").build())).isTrue();
    assertThat(matchesRule(stack, request("/").sourceIp("2001:db9::1").build())).isFalse();
    assertThat(matchesRule(stack, request("/").sourceIp("10.0.0.1").build())).isFalse();
  }

  @Test
  void aSourceThatIsNotAnIpLiteralMatchesNoCidr() {
    ElbStack stack = oneRule(RuleCondition.sourceIp(List.of("0.0.0.0/0", "::/0")));

    assertThat(matchesRule(stack, request("/").sourceIp("10.0.0.1").build())).isTrue();
    assertThat(matchesRule(stack, request("/").sourceIp("localhost").build())).isFalse();
  }

  @Test
  void sourceIpAddressTypeMatchesTheAddressFamily() {
    ElbStack stack =
        oneRule(
            RuleCondition.builder()
                .field(ConditionField.SOURCE_IP)
                .sourceIpConfig(
                    SourceIpConditionConfig.builder()
                        .ipAddressType(TargetGroupIpAddressType.IPV6)
                        .build())
                .build());

    assertThat(matchesRule(stack, request("/").sourceIp("2001:db8::1").build())).isTrue();
    assertThat(matchesRule(stack, request("/").sourceIp("10.0.0.1").build())).isFalse();
  }
}
