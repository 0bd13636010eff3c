/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import static io.elbgateway.translate.http.MatchFixtures.codes;
import static io.elbgateway.translate.http.MatchFixtures.encode;
import static io.elbgateway.translate.http.MatchFixtures.exact;
import static io.elbgateway.translate.http.MatchFixtures.onlyRule;
import static io.elbgateway.translate.http.MatchFixtures.prefix;
import static io.elbgateway.translate.http.MatchFixtures.problem;
import static io.elbgateway.translate.http.MatchFixtures.regexPath;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.gateway.HTTPRouteMatch;
import io.elbgateway.translate.AlbQuotas;
import io.elbgateway.translate.DeviationCode;
import io.elbgateway.translate.status.Reasons;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatchPathTest {

  private static boolean matches(HTTPRouteMatch match, String path) {
    return MatchAlb.anyRule(encode(match).rules(), MatchAlb.Request.path(path));
  }

  @Test
  void exactPathIsOneLiteralValue() {
    assertThat(onlyRule(encode(exact("/a")))).containsExactly(RuleCondition.pathPattern(List.of("/a")));
    assertThat(matches(exact("/abc"), "/abc")).isTrue();
    assertThat(matches(exact("/abc"), "/abc/")).isFalse();
    assertThat(matches(exact("/abc"), "/Abc")).isFalse();
    assertThat(matches(exact("/abc"), "/abcd")).isFalse();
    assertThat(encode(exact("/a")).deviations()).isEmpty();
  }

  @Test
  void prefixSlashMatchesEverything() {
    assertThat(onlyRule(encode(prefix("/")))).containsExactly(RuleCondition.pathPattern(List.of("/*")));
    assertThat(onlyRule(encode(HTTPRouteMatch.builder().build()))).containsExactly(RuleCondition.pathPattern(List.of("/*")));
    assertThat(matches(prefix("/"), "/")).isTrue();
    assertThat(matches(prefix("/"), "/x/y")).isTrue();
  }

  @Test
  void prefixIsElementWise() {
    assertThat(onlyRule(encode(prefix("/abc")))).containsExactly(RuleCondition.pathPattern(List.of("/abc", "/abc/*")));
    assertThat(onlyRule(encode(prefix("/abc/")))).containsExactly(RuleCondition.pathPattern(List.of("/abc", "/abc/*")));
    for (String value : List.of("/abc", "/abc/")) {
      assertThat(matches(prefix(value), "/abc")).isTrue();
      assertThat(matches(prefix(value), "/abc/")).isTrue();
      assertThat(matches(prefix(value), "/abc/x")).isTrue();
      assertThat(matches(prefix(value), "/abcd")).isFalse();
      assertThat(matches(prefix(value), "/ab")).isFalse();
      assertThat(matches(prefix(value), "/x/abc")).isFalse();
    }
  }

  @Test
  void exactPathWithWildcardCharactersMatchesLiterally() {
    assertThat(onlyRule(encode(exact("/a*b")))).containsExactly(RuleCondition.pathPatternRegex(List.of("^/a\\*b$")));
    assertThat(matches(exact("/a*b"), "/a*b")).isTrue();
    assertThat(matches(exact("/a*b"), "/aXb")).isFalse();
    assertThat(matches(exact("/a*b"), "/ab")).isFalse();
    assertThat(matches(exact("/a?b"), "/a?b")).isTrue();
    assertThat(matches(exact("/a?b"), "/aXb")).isFalse();
    assertThat(codes(encode(exact("/a*b")))).containsExactly(DeviationCode.REGEX_DIALECT);
  }

  @Test
  void prefixWithWildcardCharactersMatchesLiterallyAndElementWise() {
    assertThat(onlyRule(encode(prefix("/a*b")))).containsExactly(RuleCondition.pathPatternRegex(List.of("^/a\\*b(/.*)?$")));
    for (String yes : List.of("/a*b", "/a*b/", "/a*b/c")) {
      assertThat(matches(prefix("/a*b"), yes)).as(yes).isTrue();
    }
    for (String no : List.of("/a*bc", "/aXb", "/aXb/c", "/ab")) {
      assertThat(matches(prefix("/a*b/"), no)).as(no).isFalse();
    }
  }

  @Test
  void charactersAlbValuesDoNotTakeGoToAnEscapedRegex() {
    assertThat(onlyRule(encode(exact("/a(b)=c;d")))).containsExactly(RuleCondition.pathPatternRegex(List.of("^/a\\(b\\)=c;d$")));
    assertThat(matches(exact("/a.b"), "/aXb")).isFalse(); // '.' is literal in Values
    assertThat(matches(exact("/a(b)"), "/a(b)")).isTrue();
    assertThat(matches(exact("/a(b)"), "/ab")).isFalse();
  }

  @Test
  void valueLengthIsCheckedAfterEscaping() {
    AlbQuotas quotas = AlbQuotas.builder().conditionValueLength(10).build();
    assertThat(MatchConditions.http(exact("/abcdefghi"), List.of(), List.of(), quotas).problem()).isEmpty();
    EncodedMatch escaped = MatchConditions.http(exact("/abcdefgh*"), List.of(), List.of(), quotas);
    assertThat(problem(escaped)).startsWith(".path.value: ").contains("13 characters").contains("ALB allows 10");
    EncodedMatch prefix = MatchConditions.http(prefix("/abcdefghi"), List.of(), List.of(), quotas);
    assertThat(problem(prefix)).startsWith(".path.value: ").contains("12 characters");
  }

  @Test
  void regularExpressionIsAnchoredToTheWholePath() {
    EncodedMatch encoded = encode(regexPath("/v[0-9]+/.*"));
    assertThat(onlyRule(encoded)).containsExactly(RuleCondition.pathPatternRegex(List.of("^(/v[0-9]+/.*)$")));
    assertThat(matches(regexPath("/v[0-9]+/.*"), "/v1/x")).isTrue();
    assertThat(matches(regexPath("/v[0-9]+/.*"), "/x/v1/x")).isFalse();
    assertThat(matches(regexPath("/a|/b"), "/b")).isTrue();
    assertThat(matches(regexPath("/a|/b"), "/bc")).isFalse();
    assertThat(codes(encoded)).containsExactly(DeviationCode.REGEX_DIALECT);
  }

  @Test
  void regexConstructsAlbRefusesFailTheMatchNamingTheConstruct() {
    assertThat(problem(encode(regexPath("/(?=a)b")))).startsWith(".path.value: ").contains("lookahead");
    assertThat(encode(regexPath("/(?=a)b")).problem().get().reason()).isEqualTo(Reasons.UNSUPPORTED_VALUE);
    assertThat(problem(encode(regexPath("/(a)\\1")))).contains("backreference");
    assertThat(problem(encode(regexPath("/[")))).contains("not a valid regular expression");
  }

  @Test
  void exactAndPrefixMustStartWithSlash() {
    assertThat(problem(encode(exact("a")))).startsWith(".path.value: must start with");
    assertThat(problem(encode(prefix("")))).startsWith(".path.value: must start with");
  }
}
