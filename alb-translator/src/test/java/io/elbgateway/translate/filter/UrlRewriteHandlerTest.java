/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.filter;

import static io.elbgateway.translate.filter.FilterFixtures.draft;
import static io.elbgateway.translate.filter.FilterFixtures.httpRoute;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.elb.RewriteConfig;
import io.elbgateway.model.elb.RuleTransform;
import io.elbgateway.model.elb.TransformType;
import io.elbgateway.translate.spi.RuleDraft;
import io.elbgateway.translate.status.Problem;
import io.elbgateway.translate.status.Reasons;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The URLRewrite transforms, run through java.util.regex as a stand-in for ALB's engine: the
 * matched part of the URL is replaced ({@code $n} names a group), with first-match and every-match
 * replacement agreeing, since the expressions are anchored.
 */
class UrlRewriteHandlerTest {

  private static RuleDraft rewrite(String prefix, String urlRewrite) {
    return draft(
            httpRoute(
                "    - matches: [{path: {type: PathPrefix, value: '" + prefix + "'}}]\n"
                    + "      filters: [{type: URLRewrite, urlRewrite: " + urlRewrite + "}]\n"
                    + "      backendRefs: [{name: web, port: 80}]\n"),
            0,
            false)
        .draft();
  }

  /** What ALB does with a rewrite, played by java.util.regex. */
  static String apply(RewriteConfig rewrite, String input) {
    Matcher matcher = Pattern.compile(rewrite.regex()).matcher(input);
    String first = matcher.replaceFirst(rewrite.replace());
    String all = Pattern.compile(rewrite.regex()).matcher(input).replaceAll(rewrite.replace());
    assertThat(all).as("replaceAll agrees with replaceFirst for %s on %s", rewrite, input).isEqualTo(first);
    return first;
  }

  private static RewriteConfig only(RuleDraft draft, TransformType type) {
    assertThat(draft.dropped()).isEmpty();
    RuleTransform transform =
        draft.transforms().stream().filter(t -> t.type() == type).findFirst().orElseThrow();
    return type == TransformType.URL_REWRITE
        ? transform.urlRewriteConfig().orElseThrow().rewrites().get(0)
        : transform.hostHeaderRewriteConfig().orElseThrow().rewrites().get(0);
  }

  @Test
  void hostnameBecomesAHostHeaderRewriteOfTheWholeHeader() {
    RuleDraft draft = rewrite("/", "{hostname: internal.example.com}");
    assertThat(draft.transforms()).containsExactly(RuleTransform.hostHeaderRewrite("^.*$", "internal.example.com"));
    RewriteConfig host = only(draft, TransformType.HOST_HEADER_REWRITE);
    assertThat(apply(host, "www.example.com")).isEqualTo("internal.example.com");
    assertThat(apply(host, "www.example.com:8080")).isEqualTo("internal.example.com");
  }

  @Test
  void replaceFullPathRewritesThePathAndKeepsTheQuery() {
    RuleDraft draft = rewrite("/", "{path: {type: ReplaceFullPath, replaceFullPath: /index.html}}");
    assertThat(draft.transforms()).containsExactly(RuleTransform.urlRewrite("^([^?]*)", "/index.html"));
    RewriteConfig url = only(draft, TransformType.URL_REWRITE);
    assertThat(apply(url, "/a/b")).isEqualTo("/index.html");
    assertThat(apply(url, "/a/b?x=1&y=2")).isEqualTo("/index.html?x=1&y=2");
  }

  @Test
  void hostnameAndPathGiveOneTransformOfEachType() {
    RuleDraft draft = rewrite("/", "{hostname: h.example.com, path: {type: ReplaceFullPath, replaceFullPath: /x}}");
    assertThat(draft.transforms()).extracting(RuleTransform::type)
        .containsExactly(TransformType.HOST_HEADER_REWRITE, TransformType.URL_REWRITE);
  }

  /** Every row of the spec's ReplacePrefixMatch table (gateway-api.md §7.4), with and without a query. */
  @ParameterizedTest(name = "{0} with prefix {1} and replacement [{2}] -> {3}")
  @CsvSource(
      value = {
        "/foo/bar | /foo  | /xyz  | /xyz/bar",
        "/foo/bar | /foo  | /xyz/ | /xyz/bar",
        "/foo/bar | /foo/ | /xyz  | /xyz/bar",
        "/foo/bar | /foo/ | /xyz/ | /xyz/bar",
        "/foo     | /foo  | /xyz  | /xyz",
        "/foo/    | /foo  | /xyz  | /xyz/",
        "/foo/bar | /foo  |       | /bar",
        "/foo/    | /foo  |       | /",
        "/foo     | /foo  |       | /",
        "/foo/    | /foo  | /     | /",
        "/foo     | /foo  | /     | /",
      },
      delimiter = '|')
  void replacePrefixMatchFollowsTheSpecTable(String request, String prefix, String replacement, String expected) {
    String value = replacement == null ? "" : replacement; // a blank CSV column: the empty string
    RuleDraft draft = rewrite(prefix, "{path: {type: ReplacePrefixMatch, replacePrefixMatch: '" + value + "'}}");
    RewriteConfig url = only(draft, TransformType.URL_REWRITE);
    assertThat(apply(url, request)).isEqualTo(expected);
    assertThat(apply(url, request + "?q=1&r=/x")).isEqualTo(expected + "?q=1&r=/x");
  }

  @Test
  void replacePrefixMatchIsElementWiseOnItsOwn() {
    RewriteConfig url = only(rewrite("/foo", "{path: {type: ReplacePrefixMatch, replacePrefixMatch: /xyz}}"), TransformType.URL_REWRITE);
    assertThat(apply(url, "/foobar")).isEqualTo("/foobar");
    assertThat(apply(url, "/foobar?q=/foo")).isEqualTo("/foobar?q=/foo");
    RewriteConfig empty = only(rewrite("/foo", "{path: {type: ReplacePrefixMatch, replacePrefixMatch: ''}}"), TransformType.URL_REWRITE);
    assertThat(apply(empty, "/foobar")).isEqualTo("/foobar");
    assertThat(apply(empty, "/foo?q=1")).isEqualTo("/?q=1");
  }

  @Test
  void replacePrefixMatchEscapesThePrefix() {
    RuleDraft draft = rewrite("/v1.0+(beta)", "{path: {type: ReplacePrefixMatch, replacePrefixMatch: /v2}}");
    RewriteConfig url = only(draft, TransformType.URL_REWRITE);
    assertThat(url.regex()).isEqualTo("^/v1\\.0\\+\\(beta\\)((/[^?]*)?)(\\?|$)");
    assertThat(apply(url, "/v1.0+(beta)/items")).isEqualTo("/v2/items");
    assertThat(apply(url, "/v1x0+(beta)/items")).isEqualTo("/v1x0+(beta)/items");
    assertThat(apply(url, "/v1.00(beta)/items")).isEqualTo("/v1.00(beta)/items");
  }

  @Test
  void replacePrefixMatchOfSlashPrependsTheReplacement() {
    RewriteConfig url = only(rewrite("/", "{path: {type: ReplacePrefixMatch, replacePrefixMatch: /api}}"), TransformType.URL_REWRITE);
    assertThat(apply(url, "/foo")).isEqualTo("/api/foo");
    assertThat(apply(url, "/foo/bar?x=1")).isEqualTo("/api/foo/bar?x=1");
    RewriteConfig same = only(rewrite("/", "{path: {type: ReplacePrefixMatch, replacePrefixMatch: /}}"), TransformType.URL_REWRITE);
    assertThat(apply(same, "/foo/bar?x=1")).isEqualTo("/foo/bar?x=1");
  }

  @Test
  void replacePrefixMatchNeedsASinglePathPrefixMatch() {
    RuleDraft draft =
        draft(
                httpRoute(
                    "    - matches: [{path: {type: Exact, value: /foo}}]\n"
                        + "      filters: [{type: URLRewrite, urlRewrite: {path: {type: ReplacePrefixMatch, replacePrefixMatch: /x}}}]\n"
                        + "      backendRefs: [{name: web, port: 80}]\n"),
                0,
                false)
            .draft();
    assertThat(draft.transforms()).isEmpty();
    assertThat(draft.dropped())
        .hasValue(
            Problem.of(
                Reasons.UNSUPPORTED_VALUE,
                ".spec.rules[0].filters[0].urlRewrite.path.replacePrefixMatch: the rule must have exactly one match,"
                    + " of type PathPrefix, to replace its prefix"));
  }

  @Test
  void aDollarInTheReplacementIsDropped() {
    RuleDraft draft = rewrite("/", "{path: {type: ReplaceFullPath, replaceFullPath: /price$1}}");
    assertThat(draft.transforms()).isEmpty();
    assertThat(draft.dropped().get().message())
        .startsWith(".spec.rules[0].filters[0].urlRewrite.path.replaceFullPath: \"$\" cannot be used");
  }

  @Test
  void twoHostRewritesInOneRuleAreIncompatible() {
    RuleDraft draft =
        draft(
                httpRoute(
                    "    - filters:\n"
                        + "        - {type: URLRewrite, urlRewrite: {hostname: a.example.com}}\n"
                        + "        - {type: URLRewrite, urlRewrite: {hostname: b.example.com}}\n"
                        + "      backendRefs: [{name: web, port: 80}]\n"),
                0,
                false)
            .draft();
    assertThat(draft.dropped()).map(Problem::reason).hasValue(Reasons.INCOMPATIBLE_FILTERS);
  }
}
