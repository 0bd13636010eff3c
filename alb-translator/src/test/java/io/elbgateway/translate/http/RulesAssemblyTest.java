/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import static io.elbgateway.translate.http.RulesFixtures.httpRoute;
import static io.elbgateway.translate.http.RulesFixtures.port;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.translate.TestContexts;
import io.elbgateway.model.elb.Action;
import io.elbgateway.model.elb.ActionType;
import io.elbgateway.model.elb.AuthenticateCognitoActionConfig;
import io.elbgateway.model.elb.ListenerRule;
import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.elb.RuleTransform;
import io.elbgateway.model.elb.TargetGroupStickinessConfig;
import io.elbgateway.model.gateway.HTTPRoute;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.status.Condition;
import io.elbgateway.model.status.RouteParentStatus;
import io.elbgateway.translate.DeviationCode;
import io.elbgateway.translate.Diagnostic;
import io.elbgateway.translate.GatewayContext;
import io.elbgateway.translate.Translation;
import io.elbgateway.translate.attach.ListenerPort;
import io.elbgateway.translate.attach.ResolvedListener;
import io.elbgateway.translate.filter.RuleFilters;
import io.elbgateway.translate.http.RulesFixtures.FakeEncoder;
import io.elbgateway.translate.spi.RuleDraft;
import io.elbgateway.translate.status.Problem;
import io.elbgateway.translate.status.Reasons;
import io.elbgateway.translate.status.StatusCollector;
import io.elbgateway.translate.targets.ForwardPlan;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulesAssemblyTest {

  private static final String LISTENER = "infra/web/HTTP:80";

  private final StatusCollector statuses = new StatusCollector();
  private final GatewayContext context = TestContexts.forTestGateway().statuses(statuses).build();
  private final FakeEncoder encoder = new FakeEncoder();

  private static final HTTPRoute WEB =
      httpRoute(
          """
          metadata: {name: web, namespace: shop}
          spec:
            parentRefs: [{name: web, namespace: infra}]
            rules:
            - matches: [{path: {type: Exact, value: /metrics}}]
            - name: main
              matches: [{path: {value: /}}]
              backendRefs: [{name: web, port: 80}]
            """);

  private Map<String, List<ListenerRule>> build(ListenerPort port, ListenerRules.Drafter drafter, ListenerRules.Forwarder forwarder) {
    statuses.routeParent(port.attachments().get(0).route(), RulesFixtures.parentRef(), TestContexts.ALB_CONTROLLER).attached();
    return ListenerRules.build(context, List.of(port), encoder, drafter, forwarder);
  }

  private List<ListenerRule> build(Route route) {
    return build(port(route), RuleFilters::draft, RulesFixtures::forward).get(LISTENER);
  }

  private RouteParentStatus status(Route route) {
    var translation = Translation.builder();
    statuses.fill(translation);
    return translation.build().routeStatuses().get(route.key()).parents().get(0);
  }

  private static Optional<Condition> condition(RouteParentStatus status, String type) {
    return status.conditions().stream().filter(c -> c.type().equals(type)).findFirst();
  }

  @Test
  void aRuleWithoutBackendsAnswers500AndARuleWithBackendsForwards() {
    List<ListenerRule> rules = build(WEB);
    assertThat(rules).hasSize(2);
    ListenerRule metrics = rules.get(0);
    assertThat(metrics.key()).isEqualTo(LISTENER + "/HTTPRoute/shop/web/0/0");
    assertThat(metrics.actions()).containsExactly(ListenerRules.internalError().ordered(1));
    assertThat(metrics.actions().get(0).fixedResponseConfig().orElseThrow().contentType()).contains("text/plain");
    ListenerRule main = rules.get(1);
    assertThat(main.key()).as("a named rule is keyed by its name").isEqualTo(LISTENER + "/HTTPRoute/shop/web/main/0");
    assertThat(main.actions()).singleElement().satisfies(a -> {
      assertThat(a.type()).isEqualTo(ActionType.FORWARD);
      assertThat(a.order()).contains(1);
      assertThat(a.forwardConfig().orElseThrow().targetGroups().get(0).targetGroupKey()).contains("tg-web-1");
    });
    assertThat(metrics.priority()).isLessThan(main.priority());
    assertThat(metrics.listenerKey()).isEqualTo(LISTENER);
  }

  @Test
  void aPlanThatForwardsNothingAnswers500AndReportsItsProblems() {
    ListenerRules.Forwarder nothing =
        (route, i, refs, protocol) ->
            ForwardPlan.builder()
                .addProblems(Problem.of(Reasons.BACKEND_NOT_FOUND, ".spec.rules[1].backendRefs[0]: Service shop/web does not exist"))
                .validWeight(0)
                .invalidWeight(1)
                .build();
    List<ListenerRule> rules = build(port(WEB), RuleFilters::draft, nothing).get(LISTENER);
    assertThat(rules.get(1).actions()).containsExactly(ListenerRules.internalError().ordered(1));
    assertThat(condition(status(WEB), Reasons.RESOLVED_REFS).orElseThrow().reason()).isEqualTo(Reasons.BACKEND_NOT_FOUND);
  }

  @Test
  void aPlanOverTheTargetGroupQuotaDropsOnlyItsRule() {
    ListenerRules.Forwarder tooMany =
        (route, i, refs, protocol) ->
            ForwardPlan.builder()
                .ruleProblem(Problem.of(Reasons.UNSUPPORTED_VALUE, ".spec.rules[1].backendRefs: 6 target groups; ALB allows 5 per forward action (AlbQuotas.targetGroupsPerAction)"))
                .validWeight(6)
                .invalidWeight(0)
                .build();
    List<ListenerRule> rules = build(port(WEB), RuleFilters::draft, tooMany).get(LISTENER);
    assertThat(rules).extracting(ListenerRule::key).containsExactly(LISTENER + "/HTTPRoute/shop/web/0/0");
    RouteParentStatus status = status(WEB);
    assertThat(condition(status, Reasons.PARTIALLY_INVALID).orElseThrow().message()).contains("targetGroupsPerAction");
    assertThat(condition(status, Reasons.RESOLVED_REFS).orElseThrow().status().toString()).isEqualTo("True");
  }

  @Test
  void theDraftGivesPreRoutingActionsTheRoutingActionTransformsTagsAndStickiness() {
    Action auth =
        Action.authenticateCognito(
            AuthenticateCognitoActionConfig.builder().userPoolArn("arn:pool").userPoolClientId("c").userPoolDomain("d").build());
    RuleTransform rewrite = RuleTransform.urlRewrite("^/old", "/new");
    TargetGroupStickinessConfig sticky = TargetGroupStickinessConfig.builder().enabled(true).durationSeconds(60).build();
    ListenerRules.Drafter drafter =
        (ctx, route, i, https) -> {
          RuleDraft draft = new RuleDraft(route, i, https, ctx.snapshot(), ctx.statuses());
          draft.addPreRoutingAction(auth);
          draft.addTransform(rewrite);
          draft.putTags(Map.of("team", "shop"));
          draft.forwardStickiness(sticky);
          return draft;
        };
    ListenerRule main = build(port(WEB), drafter, RulesFixtures::forward).get(LISTENER).get(1);
    assertThat(main.actions()).extracting(Action::type).containsExactly(ActionType.AUTHENTICATE_COGNITO, ActionType.FORWARD);
    assertThat(main.actions()).extracting(a -> a.order().orElseThrow()).containsExactly(1, 2);
    assertThat(main.actions().get(1).forwardConfig().orElseThrow().targetGroupStickinessConfig()).contains(sticky);
    assertThat(main.transforms()).containsExactly(rewrite);
    assertThat(main.tags()).containsExactly(Map.entry("team", "shop"));
  }

  @Test
  void aDroppedDraftFailsOnlyItsRule() {
    ListenerRules.Drafter drafter =
        (ctx, route, i, https) -> {
          RuleDraft draft = new RuleDraft(route, i, https, ctx.snapshot(), ctx.statuses());
          if (i == 0) {
            draft.drop(Reasons.UNSUPPORTED_VALUE, ".spec.rules[0].filters[0].type: RequestMirror is not supported by ALB");
          }
          return draft;
        };
    List<ListenerRule> rules = build(port(WEB), drafter, RulesFixtures::forward).get(LISTENER);
    assertThat(rules).extracting(ListenerRule::key).containsExactly(LISTENER + "/HTTPRoute/shop/web/main/0");
    RouteParentStatus status = status(WEB);
    assertThat(condition(status, Reasons.ACCEPTED).orElseThrow().status().toString()).isEqualTo("True");
    assertThat(condition(status, Reasons.PARTIALLY_INVALID).orElseThrow().message()).contains("Dropped Rule .spec.rules[0]", "RequestMirror");
  }

  @Test
  void aRuleThatFailsClosedAnswers500AndSaysSo() {
    ListenerRules.Drafter drafter =
        (ctx, route, i, https) -> {
          RuleDraft draft = new RuleDraft(route, i, https, ctx.snapshot(), ctx.statuses());
          if (i == 1) {
            draft.failClosed(Reasons.BACKEND_NOT_FOUND, ".spec.rules[1].filters[0].extensionRef: ListenerRuleConfiguration shop/x does not exist");
          }
          return draft;
        };
    ListenerRule main = build(port(WEB), drafter, RulesFixtures::forward).get(LISTENER).get(1);
    assertThat(main.actions()).extracting(Action::type).containsExactly(ActionType.FIXED_RESPONSE);
    assertThat(condition(status(WEB), Reasons.PARTIALLY_INVALID).orElseThrow().message()).contains("answers HTTP 500");
  }

  @Test
  void aMatchThatCannotBeEncodedDropsItsWholeRuleNamingTheMatch() {
    HTTPRoute route =
        httpRoute(
            """
            metadata: {name: r, namespace: shop}
            spec:
              rules:
              - matches: [{path: {value: /ok}}, {path: {value: /bad}}]
              - matches: [{path: {value: /fine}}]
            """);
    encoder.problems.put("/bad", Problem.of(Reasons.UNSUPPORTED_VALUE, ".path.value: too long (AlbQuotas.conditionValueLength)"));
    List<ListenerRule> rules = build(route);
    assertThat(rules).extracting(ListenerRule::key).containsExactly(LISTENER + "/HTTPRoute/shop/r/1/0");
    assertThat(condition(status(route), Reasons.PARTIALLY_INVALID).orElseThrow().message())
        .contains(".spec.rules[0]: .spec.rules[0].matches[1].path.value: too long");
  }

  @Test
  void deviationsAreReportedWithTheMatchPath() {
    HTTPRoute route =
        httpRoute("metadata: {name: r, namespace: shop}\nspec:\n  rules: [{matches: [{path: {value: /}}, {headers: [{name: v, value: One}]}]}]");
    build(route);
    var translation = Translation.builder();
    statuses.fill(translation);
    assertThat(translation.build().diagnostics())
        .containsExactly(Diagnostic.of(route.key(), ".spec.rules[0].matches[1].headers[0].value", DeviationCode.HEADER_VALUE_CASE_INSENSITIVE, "case"));
  }

  @Test
  void extraConditionsApplyToTheMatchesTheyName() {
    HTTPRoute route =
        httpRoute("metadata: {name: r, namespace: shop}\nspec:\n  rules: [{matches: [{path: {type: Exact, value: /a}}, {path: {type: Exact, value: /b}}]}]");
    RuleCondition sourceIp = RuleCondition.sourceIp(List.of("10.0.0.0/8"));
    ListenerRules.Drafter drafter =
        (ctx, r, i, https) -> {
          RuleDraft draft = new RuleDraft(r, i, https, ctx.snapshot(), ctx.statuses());
          draft.addCondition(sourceIp, Optional.of(Set.of(1)));
          return draft;
        };
    List<ListenerRule> rules = build(port(route), drafter, RulesFixtures::forward).get(LISTENER);
    assertThat(rules).hasSize(2);
    assertThat(rules.get(0).conditions()).doesNotContain(sourceIp);
    assertThat(rules.get(1).conditions()).contains(sourceIp);
  }

  @Test
  void aSplitMatchGivesQualifiedKeysInOrder() {
    HTTPRoute route = httpRoute("metadata: {name: r, namespace: shop}\nspec:\n  rules: [{matches: [{path: {value: /big}}]}]");
    encoder.splitPaths.add("/big");
    assertThat(build(route)).extracting(ListenerRule::key)
        .containsExactly(LISTENER + "/HTTPRoute/shop/r/0/0#part-1", LISTENER + "/HTTPRoute/shop/r/0/0#part-2");
  }

  @Test
  void hostnameGroupsOfDifferentSpecificityMergeWhenNothingSitsBetweenThem() {
    HTTPRoute route =
        httpRoute("metadata: {name: r, namespace: shop}\nspec:\n  hostnames: [a.example.com, b.example.com, c.example.org.uk, '*.example.com']\n  rules: [{}]");
    List<ListenerRule> rules = build(route);
    // groups: [c.example.org.uk], [a.example.com, b.example.com], [*.example.com]; the first two
    // merge (3 host values); the wildcard would make 4 values in one condition, over the quota.
    assertThat(rules).extracting(ListenerRule::key)
        .containsExactly(LISTENER + "/HTTPRoute/shop/r/0/0#c.example.org.uk", LISTENER + "/HTTPRoute/shop/r/0/0#*.example.com");
    assertThat(rules.get(0).conditions())
        .contains(RuleCondition.hostHeader(List.of("c.example.org.uk", "a.example.com", "b.example.com")));
    assertThat(rules.get(1).conditions()).contains(RuleCondition.hostHeader(List.of("*.example.com")));
  }

  @Test
  void aRouteOnTwoPortsGetsRulesOnEachListener() {
    ResolvedListener https = RulesFixtures.listener("https", 443, Optional.empty());
    ListenerPort secure =
        ListenerPort.builder().port(443).protocol(Protocol.HTTPS).addListeners(https).addAttachments(RulesFixtures.attach(WEB, https, List.of())).build();
    statuses.routeParent(WEB, RulesFixtures.parentRef(), TestContexts.ALB_CONTROLLER).attached();
    Map<String, List<ListenerRule>> rules =
        ListenerRules.build(context, List.of(port(WEB), secure), encoder, RuleFilters::draft, RulesFixtures::forward);
    assertThat(rules).containsOnlyKeys(LISTENER, "infra/web/HTTPS:443");
    assertThat(ListenerRules.ruleCount(rules)).isEqualTo(4);
    assertThat(ListenerRules.lbcRuleCount(List.of(port(WEB), secure))).isEqualTo(4);
  }

  @Test
  void ruleKeysStayUniqueWhateverTheRuleNames() {
    HTTPRoute route =
        httpRoute(
            """
            metadata: {name: r, namespace: shop}
            spec:
              rules:
              - {name: "1", matches: [{path: {type: Exact, value: /a}}]}
              - {matches: [{path: {type: Exact, value: /b}}]}
              - {name: same, matches: [{path: {type: Exact, value: /c}}]}
              - {name: same, matches: [{path: {type: Exact, value: /d}}]}
              - {matches: []}
            """);
    assertThat(ListenerRules.ruleIds(route)).containsExactly("0", "1", "same", "3", "4");
    assertThat(build(route)).extracting(ListenerRule::key).doesNotHaveDuplicates().hasSize(5);
  }

  @Test
  void theDefaultEncoderIsMatchConditions() {
    // Until MatchConditions lands its stub reports a problem: then every rule is dropped, never thrown.
    statuses.routeParent(WEB, RulesFixtures.parentRef(), TestContexts.ALB_CONTROLLER).attached();
    var targets = new io.elbgateway.translate.targets.TargetGroupRegistry(context);
    Map<String, List<ListenerRule>> rules = ListenerRules.build(context, List.of(port(WEB)), targets);
    assertThat(rules).containsOnlyKeys(LISTENER);
  }
}
