/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.equivalence;

import static io.elbgateway.testkit.equivalence.EquivFixtures.GW;
import static io.elbgateway.testkit.equivalence.EquivFixtures.get;
import static io.elbgateway.testkit.equivalence.EquivFixtures.route;
import static io.elbgateway.testkit.equivalence.EquivFixtures.snapshot;
import static io.elbgateway.testkit.equivalence.EquivFixtures.translate;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.elb.ConditionField;
import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.elb.ImmutableElbStack;
import io.elbgateway.model.elb.ImmutableListenerRule;
import io.elbgateway.model.elb.ListenerRule;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.testkit.alb.HttpRequest;
import io.elbgateway.testkit.alb.NameValue;
import io.elbgateway.translate.ImmutableTranslation;
import io.elbgateway.translate.Translation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OutcomeComparisonTest {

  /** Route a (a.example.com): header+query match, weights, a dropped rule, a redirect, a rewrite, a catch-all. */
  private static final ClusterSnapshot SNAPSHOT =
      snapshot(
          route(
              "a",
              "[a.example.com]",
              """
                - matches: [{path: {type: PathPrefix, value: /api}, headers: [{name: X-Env, value: prod}], queryParams: [{name: q, value: v}]}]
                  backendRefs: [{name: v1, port: 8080, weight: 1}, {name: v2, port: 8080, weight: 2}, {name: nope, port: 80}]
                - matches: [{path: {type: PathPrefix, value: /hm}}]
                  filters: [{type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: a, value: b}]}}]
                  backendRefs: [{name: v3, port: 8080}]
                - matches: [{path: {type: Exact, value: /red}}]
                  filters: [{type: RequestRedirect, requestRedirect: {scheme: https, statusCode: 301}}]
                - matches: [{path: {type: PathPrefix, value: /w}}]
                  backendRefs: [{name: v1, port: 8080, weight: 1}, {name: v2, port: 8080, weight: 1000000}]
                - matches: [{path: {type: PathPrefix, value: /rw}}]
                  filters: [{type: URLRewrite, urlRewrite: {hostname: b.example.com, path: {type: ReplacePrefixMatch, replacePrefixMatch: /new}}}]
                  backendRefs: [{name: v1, port: 8080}]
                - matches: [{path: {type: RegularExpression, value: "/re/[a-z]+"}}, {path: {type: RegularExpression, value: "/rd/(?i)[a-z]+"}}]
                  backendRefs: [{name: v2, port: 8080}]
                - backendRefs: [{name: v3, port: 8080}]
              """),
          route(
              "b",
              "[b.example.com]",
              """
                - matches: [{path: {type: PathPrefix, value: /}, headers: [{name: X-Team, value: blue}]}]
                  backendRefs: [{name: v2, port: 8080}]
                - backendRefs: [{name: v1, port: 8080}]
              """));

  private static final Translation TRANSLATION = translate(SNAPSHOT);

  private static Comparison compare(HttpRequest request) {
    return compare(TRANSLATION, request);
  }

  private static Comparison compare(Translation translation, HttpRequest request) {
    return OutcomeComparison.of(translation, SNAPSHOT, GW).compare(request);
  }

  private static HttpRequest api(String env, String... query) {
    var builder = get("a.example.com", "/api").addHeaders(NameValue.of("X-Env", env));
    for (int i = 0; i < query.length; i += 2) {
      builder.addQueryParameters(NameValue.of(query[i], query[i + 1]));
    }
    return builder.build();
  }

  // --- EQUAL ---

  @Test
  void aForwardWithARewriteIsEqual() {
    Comparison c = compare(get("a.example.com", "/rw/x").build());
    assertThat(c.verdict()).as(c.describe()).isEqualTo(Verdict.EQUAL);
  }

  @Test
  void aRedirectAndTheDefault404AreEqual() {
    assertThat(compare(get("a.example.com", "/red").build()).verdict()).isEqualTo(Verdict.EQUAL);
    assertThat(compare(get("c.example.com", "/").build()).verdict()).isEqualTo(Verdict.EQUAL);
  }

  @Test
  void aPortWithoutListenerIsRefusedOnBothSides() {
    Comparison c = compare(get("a.example.com", "/").listenerPort(81).build());
    assertThat(c.verdict()).as(c.describe()).isEqualTo(Verdict.EQUAL);
  }

  // --- EXPLAINED, one per kind ---

  @Test
  void invalidBackendShareIsExplainedByItsDeviation() {
    Comparison c = compare(api("prod", "q", "v"));
    assertThat(c.verdict()).as(c.describe()).isEqualTo(Verdict.EXPLAINED);
    assertThat(c.explanation()).contains("INVALID_BACKEND_SHARE", ".spec.rules[0]");
  }

  @Test
  void roundedWeightsAreExplainedByTheirDeviation() {
    Comparison c = compare(get("a.example.com", "/w").build());
    assertThat(c.verdict()).as(c.describe()).isEqualTo(Verdict.EXPLAINED);
    assertThat(c.explanation()).contains("WEIGHT_ROUNDED", ".spec.rules[3]");
  }

  @Test
  void headerValueCaseIsExplainedWhenTheRequestDiffersInCase() {
    Comparison c = compare(api("PROD", "q", "v"));
    assertThat(c.verdict()).as(c.describe()).isEqualTo(Verdict.EXPLAINED);
    assertThat(c.explanation()).contains("HEADER_VALUE_CASE_INSENSITIVE", ".spec.rules[0].matches[0].headers[0]");
  }

  @Test
  void queryParamCaseIsExplainedWhenTheRequestDiffersInCase() {
    Comparison c = compare(api("prod", "q", "V"));
    assertThat(c.verdict()).as(c.describe()).isEqualTo(Verdict.EXPLAINED);
    assertThat(c.explanation()).contains("QUERY_PARAM_CASE_INSENSITIVE");
  }

  @Test
  void aRepeatedQueryParamIsExplained() {
    Comparison c = compare(api("prod", "q", "x", "q", "v"));
    assertThat(c.acceptable()).as(c.describe()).isTrue();
    if (c.verdict() == Verdict.EXPLAINED && !c.explanation().contains("INVALID_BACKEND_SHARE")) {
      assertThat(c.explanation()).contains("REPEATED_QUERY_PARAM");
    }
  }

  @Test
  void aHostWithAPortIsExplainedByItsDeviation() {
    Comparison c = compare(get("a.example.com:8080", "/rw").build());
    assertThat(c.verdict()).as(c.describe()).isEqualTo(Verdict.EXPLAINED);
    assertThat(c.explanation()).contains("HOST_WITH_PORT");
  }

  @Test
  void aRegexDifferenceIsExplainedByTheDialectDeviationWhenTheRegexIsDialectSensitive() {
    // The ALB regex of match 1 ((?i): an inline flag, read differently by RE2 and PCRE) made
    // stricter. (The translator merges both matches of rule 5 into one ALB rule.)
    Translation changed =
        withRules(TRANSLATION, rules -> rules.stream()
            .map(r -> r.key().endsWith("/a/5/1") ? regex(r, "^(/rd/(?i)[a-c]+)$", "^(/re/[a-z]+)$") : r).toList());
    Comparison c = compare(changed, get("a.example.com", "/rd/xyz").build());
    assertThat(c.verdict()).as(c.describe()).isEqualTo(Verdict.EXPLAINED);
    assertThat(c.explanation()).contains("REGEX_DIALECT", ".spec.rules[5].matches[1]");
  }

  @Test
  void aRegexDifferenceOfAPlainRegexIsAMismatch() {
    // /re/[a-z]+ means the same in every dialect: a different ALB regex is the translator's bug.
    Translation changed =
        withRules(TRANSLATION, rules -> rules.stream()
            .map(r -> r.key().endsWith("/a/5/1") ? regex(r, "^(/rd/(?i)[a-z]+)$", "^(/re/[a-c]+)$") : r).toList());
    Comparison c = compare(changed, get("a.example.com", "/re/xyz").build());
    assertThat(c.verdict()).as(c.describe()).isEqualTo(Verdict.MISMATCH);
  }

  @Test
  void aDroppedRuleIsExplainedByThePartiallyInvalidStatus() {
    Comparison c = compare(get("a.example.com", "/hm").build());
    assertThat(c.verdict()).as(c.describe()).isEqualTo(Verdict.EXPLAINED);
    assertThat(c.explanation()).contains("PartiallyInvalid", ".spec.rules[1]");
  }

  @Test
  void aRejectedGatewayIsExplainedByItsStatus() {
    ClusterSnapshot snapshot =
        snapshot(
            """
            apiVersion: gateway.networking.k8s.io/v1
            kind: Gateway
            metadata: {name: gw2, namespace: infra}
            spec:
              gatewayClassName: alb
              infrastructure: {parametersRef: {group: gateway.k8s.aws, kind: LoadBalancerConfiguration, name: missing}}
              listeners:
              - {name: http, port: 80, protocol: HTTP}
            """);
    var gw2 = io.elbgateway.model.meta.ObjectKey.of("gateway.networking.k8s.io", "Gateway", "infra", "gw2");
    Translation translation = translate(snapshot);
    Comparison c = OutcomeComparison.of(translation, snapshot, gw2).compare(get("x.example.com", "/").build());
    assertThat(c.verdict()).as(c.describe()).isEqualTo(Verdict.EXPLAINED);
    assertThat(c.explanation()).contains("Gateway infra/gw2", "Accepted=False");
  }

  // --- MISMATCH: the check can fail ---

  @Test
  void swappedPrioritiesAreAMismatch() {
    // Route a's catch-all (rule 6) moved before its /rw rule: /rw/x is no longer rewritten.
    ListenerRule rw = rule("/a/4/0");
    ListenerRule catchAll = rule("/a/6/0");
    Translation changed =
        withRules(TRANSLATION, rules -> rules.stream()
            .map(r -> r.key().equals(rw.key()) ? ImmutableListenerRule.copyOf(r).withPriority(catchAll.priority())
                : r.key().equals(catchAll.key()) ? ImmutableListenerRule.copyOf(r).withPriority(rw.priority()) : r)
            .toList());
    Comparison c = compare(changed, get("a.example.com", "/rw/x").build());
    assertThat(c.verdict()).as(c.describe()).isEqualTo(Verdict.MISMATCH);
  }

  @Test
  void aDroppedHostConditionIsAMismatch() {
    // Route a's catch-all without its host-header condition serves other hosts.
    Translation changed =
        withRules(TRANSLATION, rules -> rules.stream()
            .map(r -> r.key().endsWith("/a/6/0") ? withoutHost(r) : r)
            .toList());
    Comparison c = compare(changed, get("c.example.com", "/").build());
    assertThat(c.verdict()).as(c.describe()).isEqualTo(Verdict.MISMATCH);
    assertThat(c.explanation()).contains("404");
  }

  @Test
  void aForwardToTheWrongServiceIsAMismatch() {
    Translation changed =
        withRules(TRANSLATION, rules -> rules.stream()
            .map(r -> r.key().endsWith("/a/4/0") ? retarget(r, "infra/gw/infra/v2:8080") : r)
            .toList());
    Comparison c = compare(changed, get("a.example.com", "/rw").build());
    assertThat(c.verdict()).as(c.describe()).isEqualTo(Verdict.MISMATCH);
    assertThat(c.explanation()).contains("infra/v1:8080");
  }

  @Test
  void roundedSharesWithoutTheirDeviationAreAMismatch() {
    Translation changed = withoutDiagnostics(TRANSLATION, "WEIGHT_ROUNDED");
    Comparison c = compare(changed, get("a.example.com", "/w").build());
    assertThat(c.verdict()).as(c.describe()).isEqualTo(Verdict.MISMATCH);
  }

  @Test
  void aCaseDeviationOfAnotherRouteDoesNotHideABug() {
    // Route b's X-Team rule loses its header condition: X-Env: PROD reaches v2, the spec says v1.
    // Route a declares HEADER_VALUE_CASE_INSENSITIVE for X-Env, and the request triggers it, but
    // route a neither should nor did serve the request.
    Translation changed =
        withRules(TRANSLATION, rules -> rules.stream()
            .map(r -> r.key().endsWith("/b/0/0") ? without(r, ConditionField.HTTP_HEADER) : r)
            .toList());
    Comparison c = compare(changed, get("b.example.com", "/x").addHeaders(NameValue.of("X-Env", "PROD")).build());
    assertThat(c.verdict()).as(c.describe()).isEqualTo(Verdict.MISMATCH);
  }

  @Test
  void aCaseDeviationNeedsTheRequestToDifferInCase() {
    // Route b's header rule loses its header condition; a request without X-Team is not excused by
    // route b's own HEADER_VALUE_CASE_INSENSITIVE deviation.
    Translation changed =
        withRules(TRANSLATION, rules -> rules.stream()
            .map(r -> r.key().endsWith("/b/0/0") ? without(r, ConditionField.HTTP_HEADER) : r)
            .toList());
    Comparison c = compare(changed, get("b.example.com", "/x").build());
    assertThat(c.verdict()).as(c.describe()).isEqualTo(Verdict.MISMATCH);
  }

  @Test
  void aFilterALbCannotDoMustDropTheRule() {
    // A translation that silently kept rule 1 (RequestHeaderModifier) without its status.
    Translation changed =
        ImmutableTranslation.copyOf(TRANSLATION).withRouteStatuses(Map.of());
    ListenerRule kept =
        ImmutableListenerRule.copyOf(rule("/a/4/0"))
            .withKey("infra/gw/HTTP:80/HTTPRoute/infra/a/1/0")
            .withPriority(rule("/a/4/0").priority() - 1)
            .withTransforms(List.of());
    changed = withRules(changed, rules -> {
      List<ListenerRule> more = new ArrayList<>(rules);
      more.add(ImmutableListenerRule.copyOf(kept).withConditions(hostAndPrefix("/hm")));
      return more;
    });
    changed = withRules(changed, rules -> rules.stream()
        .map(r -> r.key().endsWith("/a/1/0") ? retarget(r, "infra/gw/infra/v3:8080") : r).toList());
    Comparison c = compare(changed, get("a.example.com", "/hm").build());
    assertThat(c.verdict()).as(c.describe()).isEqualTo(Verdict.MISMATCH);
    assertThat(c.explanation()).contains("RequestHeaderModifier");
  }

  // --- helpers building deliberately wrong stacks ---

  private static ListenerRule rule(String keySuffix) {
    return TRANSLATION.stack(GW).orElseThrow().rules().stream()
        .filter(r -> r.key().endsWith(keySuffix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no rule " + keySuffix));
  }

  private static Translation withRules(Translation translation, UnaryOperator<List<ListenerRule>> change) {
    ElbStack stack = translation.stack(GW).orElseThrow();
    ElbStack changed = ImmutableElbStack.copyOf(stack).withRules(change.apply(stack.rules()));
    List<ElbStack> stacks = translation.stacks().stream().map(s -> s.gateway().equals(GW) ? changed : s).toList();
    return ImmutableTranslation.copyOf(translation).withStacks(stacks);
  }

  private static Translation withoutDiagnostics(Translation translation, String code) {
    return ImmutableTranslation.copyOf(translation)
        .withDiagnostics(translation.diagnostics().stream().filter(d -> !d.code().name().equals(code)).toList());
  }

  private static ListenerRule without(ListenerRule rule, ConditionField field) {
    return ImmutableListenerRule.copyOf(rule)
        .withConditions(rule.conditions().stream().filter(c -> c.field() != field).collect(Collectors.toList()));
  }

  private static ListenerRule withoutHost(ListenerRule rule) {
    return without(rule, ConditionField.HOST_HEADER);
  }

  private static ListenerRule regex(ListenerRule rule, String... regexes) {
    List<io.elbgateway.model.elb.RuleCondition> conditions = new ArrayList<>();
    for (var c : rule.conditions()) {
      conditions.add(c.field() == ConditionField.PATH_PATTERN ? io.elbgateway.model.elb.RuleCondition.pathPatternRegex(List.of(regexes)) : c);
    }
    return ImmutableListenerRule.copyOf(rule).withConditions(conditions);
  }

  private static List<io.elbgateway.model.elb.RuleCondition> hostAndPrefix(String prefix) {
    return List.of(
        io.elbgateway.model.elb.RuleCondition.hostHeader(List.of("a.example.com")),
        io.elbgateway.model.elb.RuleCondition.pathPattern(List.of(prefix, prefix + "/*")));
  }

  private static ListenerRule retarget(ListenerRule rule, String targetGroupKey) {
    var actions = rule.actions().stream()
        .map(a -> a.forwardConfig().isEmpty() ? a
            : io.elbgateway.model.elb.ImmutableAction.copyOf(a).withForwardConfig(
                io.elbgateway.model.elb.ForwardActionConfig.builder()
                    .addTargetGroups(io.elbgateway.model.elb.TargetGroupTuple.builder().targetGroupKey(targetGroupKey).weight(1).build())
                    .build()))
        .toList();
    return ImmutableListenerRule.copyOf(rule).withActions(actions);
  }
}
