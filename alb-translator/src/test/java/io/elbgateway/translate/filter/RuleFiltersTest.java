/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.filter;

import static io.elbgateway.translate.filter.FilterFixtures.draft;
import static io.elbgateway.translate.filter.FilterFixtures.grpcRoute;
import static io.elbgateway.translate.filter.FilterFixtures.httpRoute;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.translate.TestContexts;
import io.elbgateway.model.elb.Action;
import io.elbgateway.model.elb.TargetGroupStickinessConfig;
import io.elbgateway.translate.DeviationCode;
import io.elbgateway.translate.Diagnostic;
import io.elbgateway.translate.filter.FilterFixtures.Drafted;
import io.elbgateway.translate.spi.RuleDraft;
import io.elbgateway.translate.status.Problem;
import io.elbgateway.translate.status.Reasons;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleFiltersTest {

  private static final Action HTTP_500 =
      Action.fixedResponse(
          io.elbgateway.model.elb.FixedResponseActionConfig.builder().statusCode("500").contentType("text/plain").build());

  @Test
  void ruleWithoutFiltersContributesNothing() {
    RuleDraft draft = draft(httpRoute("    - backendRefs: [{name: web, port: 80}]\n"), 0, false).draft();
    assertThat(draft.dropped()).isEmpty();
    assertThat(draft.failedClosed()).isEmpty();
    assertThat(draft.routingAction()).isEmpty();
    assertThat(draft.preRoutingActions()).isEmpty();
    assertThat(draft.transforms()).isEmpty();
    assertThat(draft.extraConditions()).isEmpty();
    assertThat(draft.tags()).isEmpty();
    assertThat(draft.unresolvedRefs()).isEmpty();
  }

  @Test
  void extensionRefOfAnUnknownKindFailsClosedWithInvalidKind() {
    RuleDraft draft =
        draft(
                httpRoute(
                    "    - filters:\n"
                        + "        - type: ExtensionRef\n"
                        + "          extensionRef: {group: example.io, kind: Widget, name: w}\n"
                        + "      backendRefs: [{name: web, port: 80}]\n"),
                0,
                true)
            .draft();
    assertThat(draft.failedClosed()).map(Problem::reason).hasValue(Reasons.INVALID_KIND);
    assertThat(draft.failedClosed().get().message())
        .startsWith(".spec.rules[0].filters[0].extensionRef: kind Widget of group example.io is not supported");
    assertThat(draft.routingAction()).hasValue(HTTP_500);
    assertThat(draft.unresolvedRefs()).extracting(Problem::reason).containsExactly(Reasons.INVALID_KIND);
    assertThat(draft.dropped()).isEmpty();
  }

  @Test
  void filterTypeWithoutHandlerDropsTheRule() {
    Drafted drafted =
        draft(
            httpRoute(
                "    - filters:\n"
                    + "        - type: URLRewrite\n"
                    + "          urlRewrite: {hostname: a.example.com}\n"
                    + "      backendRefs: [{name: web, port: 80}]\n"),
            0,
            false,
            TestContexts.noPlugins());
    assertThat(drafted.draft().dropped())
        .hasValue(
            Problem.of(
                Reasons.UNSUPPORTED_VALUE,
                ".spec.rules[0].filters[0]: filter type URLRewrite is not supported by this controller on ALB;"
                    + " remove the filter"));
  }

  @Test
  void filtersRunInOrderAndTheFirstDropReasonIsKept() {
    RuleDraft draft =
        draft(
                httpRoute(
                    "    - filters:\n"
                        + "        - type: RequestMirror\n"
                        + "          requestMirror: {backendRef: {name: shadow, port: 80}}\n"
                        + "        - type: RequestHeaderModifier\n"
                        + "          requestHeaderModifier: {set: [{name: x-a, value: b}]}\n"
                        + "      backendRefs: [{name: web, port: 80}]\n"),
                0,
                false)
            .draft();
    assertThat(draft.dropped().get().message()).startsWith(".spec.rules[0].filters[0]: filter RequestMirror");
  }

  @Test
  void backendLevelFiltersDropTheRuleNamingTheField() {
    RuleDraft draft =
        draft(
                httpRoute(
                    "    - backendRefs:\n"
                        + "        - {name: web, port: 80}\n"
                        + "        - name: canary\n"
                        + "          port: 80\n"
                        + "          filters: [{type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: x, value: y}]}}]\n"),
                0,
                false)
            .draft();
    assertThat(draft.dropped()).map(Problem::reason).hasValue(Reasons.UNSUPPORTED_VALUE);
    assertThat(draft.dropped().get().message())
        .startsWith(".spec.rules[0].backendRefs[1].filters: ALB cannot run filters for one backend only");
  }

  @Test
  void grpcBackendLevelFiltersDropTheRule() {
    RuleDraft draft =
        draft(
                grpcRoute(
                    "    - backendRefs:\n"
                        + "        - name: api\n"
                        + "          port: 50051\n"
                        + "          filters: [{type: RequestMirror, requestMirror: {backendRef: {name: s, port: 1}}}]\n"),
                0,
                true)
            .draft();
    assertThat(draft.dropped().get().message()).startsWith(".spec.rules[0].backendRefs[0].filters:");
  }

  @Test
  void grpcRuleFiltersGoThroughTheirHandlers() {
    RuleDraft draft =
        draft(
                grpcRoute(
                    "    - filters:\n"
                        + "        - type: ResponseHeaderModifier\n"
                        + "          responseHeaderModifier: {add: [{name: x, value: y}]}\n"
                        + "      backendRefs: [{name: api, port: 50051}]\n"),
                0,
                true)
            .draft();
    assertThat(draft.dropped().get().message())
        .startsWith(".spec.rules[0].filters[0]: filter ResponseHeaderModifier is not supported");
  }

  @Test
  void timeoutsDropTheRuleAndNameTheLoadBalancerIdleTimeout() {
    RuleDraft draft =
        draft(httpRoute("    - timeouts: {request: 10s}\n      backendRefs: [{name: web, port: 80}]\n"), 0, false)
            .draft();
    assertThat(draft.dropped()).map(Problem::reason).hasValue(Reasons.UNSUPPORTED_VALUE);
    assertThat(draft.dropped().get().message())
        .startsWith(".spec.rules[0].timeouts: ALB has no per-rule timeouts")
        .contains("idle_timeout.timeout_seconds");
  }

  @Test
  void retryDropsTheRuleUnlessItIsDisabled() {
    RuleDraft retry =
        draft(httpRoute("    - retry: {attempts: 2, codes: [503]}\n      backendRefs: [{name: web, port: 80}]\n"), 0, false)
            .draft();
    assertThat(retry.dropped().get().message())
        .startsWith(".spec.rules[0].retry: ALB never retries")
        .contains("idle_timeout.timeout_seconds");
    RuleDraft disabled =
        draft(httpRoute("    - retry: {attempts: 0}\n      backendRefs: [{name: web, port: 80}]\n"), 0, false).draft();
    assertThat(disabled.dropped()).isEmpty();
  }

  @Test
  void cookieSessionPersistenceBecomesGroupStickinessAndADeviation() {
    Drafted drafted =
        draft(
            httpRoute(
                "    - sessionPersistence: {sessionName: my-session, absoluteTimeout: 1h, cookieConfig: {lifetimeType: Permanent}}\n"
                    + "      backendRefs: [{name: web, port: 80}, {name: canary, port: 80}]\n"),
            0,
            false);
    assertThat(drafted.draft().forwardStickiness())
        .hasValue(TargetGroupStickinessConfig.builder().enabled(true).durationSeconds(3600).build());
    assertThat(drafted.draft().dropped()).isEmpty();
    List<Diagnostic> diagnostics = drafted.collected().diagnostics();
    assertThat(diagnostics).hasSize(1);
    assertThat(diagnostics.get(0).code()).isEqualTo(DeviationCode.OTHER);
    assertThat(diagnostics.get(0).path()).isEqualTo(".spec.rules[0].sessionPersistence");
    assertThat(diagnostics.get(0).message()).contains("AWSALBTG").contains("(not \"my-session\")").contains("3600 seconds");
  }

  @Test
  void sessionPersistenceWithoutTimeoutSticksForADayAndLongOnesAreClamped() {
    RuleDraft none =
        draft(httpRoute("    - sessionPersistence: {}\n      backendRefs: [{name: web, port: 80}]\n"), 0, false).draft();
    assertThat(none.forwardStickiness().get().durationSeconds()).hasValue(86_400);
    RuleDraft idle =
        draft(httpRoute("    - sessionPersistence: {idleTimeout: 30m}\n      backendRefs: [{name: web, port: 80}]\n"), 0, false)
            .draft();
    assertThat(idle.forwardStickiness().get().durationSeconds()).hasValue(1800);
    RuleDraft huge =
        draft(httpRoute("    - sessionPersistence: {absoluteTimeout: 9999h}\n      backendRefs: [{name: web, port: 80}]\n"), 0, false)
            .draft();
    assertThat(huge.forwardStickiness().get().durationSeconds()).hasValue(604_800);
  }

  @Test
  void headerSessionPersistenceDropsTheRule() {
    RuleDraft draft =
        draft(httpRoute("    - sessionPersistence: {type: Header, sessionName: x-session}\n      backendRefs: [{name: web, port: 80}]\n"), 0, false)
            .draft();
    assertThat(draft.dropped().get().message()).startsWith(".spec.rules[0].sessionPersistence.type: Header is not supported");
    assertThat(draft.forwardStickiness()).isEmpty();
  }

  @Test
  void grpcCookieSessionPersistenceBecomesStickiness() {
    RuleDraft draft =
        draft(grpcRoute("    - sessionPersistence: {absoluteTimeout: 10m}\n      backendRefs: [{name: api, port: 50051}]\n"), 0, true)
            .draft();
    assertThat(draft.forwardStickiness().get().durationSeconds()).hasValue(600);
  }

  @Test
  void redirectAndUrlRewriteInOneRuleAreIncompatible() {
    RuleDraft draft =
        draft(
                httpRoute(
                    "    - filters:\n"
                        + "        - {type: RequestRedirect, requestRedirect: {hostname: a.example.com}}\n"
                        + "        - {type: URLRewrite, urlRewrite: {hostname: b.example.com}}\n"),
                0,
                false)
            .draft();
    assertThat(draft.dropped()).map(Problem::reason).hasValue(Reasons.INCOMPATIBLE_FILTERS);
  }

  @Test
  void aProblemInOneRuleLeavesTheOtherRulesAlone() {
    String yaml =
        httpRoute(
            "    - matches: [{path: {type: PathPrefix, value: /cors}}]\n"
                + "      filters: [{type: CORS, cors: {allowOrigins: ['https://a.example.com']}}]\n"
                + "      backendRefs: [{name: web, port: 80}]\n"
                + "    - backendRefs: [{name: web, port: 80}]\n");
    assertThat(draft(yaml, 0, false).draft().dropped()).isPresent();
    RuleDraft other = draft(yaml, 1, false).draft();
    assertThat(other.dropped()).isEmpty();
    assertThat(other.failedClosed()).isEmpty();
  }

  @Test
  void aRuleIndexOutOfRangeGivesAnEmptyDraft() {
    RuleDraft draft = draft(httpRoute("    - backendRefs: [{name: web, port: 80}]\n"), 5, false).draft();
    assertThat(draft.dropped()).isEmpty();
    assertThat(draft.routingAction()).isEmpty();
  }

  @Test
  void anExtensionRefFilterWithoutItsReferenceFailsClosed() {
    RuleDraft draft =
        draft(httpRoute("    - filters: [{type: ExtensionRef}]\n      backendRefs: [{name: web, port: 80}]\n"), 0, false).draft();
    assertThat(draft.failedClosed().get().message())
        .startsWith(".spec.rules[0].filters[0]: a filter of type ExtensionRef needs extensionRef");
    assertThat(draft.routingAction()).hasValue(HTTP_500);
  }

  @Test
  void emptyTimeoutsAskForNothing() {
    RuleDraft draft = draft(httpRoute("    - timeouts: {}\n      backendRefs: [{name: web, port: 80}]\n"), 0, false).draft();
    assertThat(draft.dropped()).isEmpty();
  }

  @Test
  void aRuleThatFailsClosedAndIsDroppedKeepsBothForTheRuleBuilder() {
    RuleDraft draft =
        draft(
                httpRoute(
                    "    - filters:\n"
                        + "        - {type: ExtensionRef, extensionRef: {group: example.io, kind: Widget, name: w}}\n"
                        + "        - {type: CORS, cors: {allowOrigins: ['https://a.example.com']}}\n"
                        + "      backendRefs: [{name: web, port: 80}]\n"),
                0,
                false)
            .draft();
    assertThat(draft.failedClosed()).isPresent();
    assertThat(draft.dropped()).isPresent();
    assertThat(draft.routingAction()).hasValue(HTTP_500);
  }
}
