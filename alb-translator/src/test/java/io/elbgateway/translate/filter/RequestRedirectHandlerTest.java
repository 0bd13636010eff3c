/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.filter;

import static io.elbgateway.translate.filter.FilterFixtures.draft;
import static io.elbgateway.translate.filter.FilterFixtures.httpRoute;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.elb.Action;
import io.elbgateway.model.elb.ActionType;
import io.elbgateway.model.elb.RedirectActionConfig;
import io.elbgateway.model.elb.RedirectStatusCode;
import io.elbgateway.translate.spi.RuleDraft;
import io.elbgateway.translate.status.Problem;
import io.elbgateway.translate.status.Reasons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestRedirectHandlerTest {

  private static RuleDraft redirect(String requestRedirect, boolean https) {
    return redirect("/", requestRedirect, https);
  }

  private static RuleDraft redirect(String prefix, String requestRedirect, boolean https) {
    return draft(
            httpRoute(
                "    - matches: [{path: {type: PathPrefix, value: " + prefix + "}}]\n"
                    + "      filters:\n"
                    + "        - type: RequestRedirect\n"
                    + "          requestRedirect: "
                    + requestRedirect
                    + "\n"),
            0,
            https)
        .draft();
  }

  private static RedirectActionConfig config(RuleDraft draft) {
    assertThat(draft.dropped()).isEmpty();
    Action action = draft.routingAction().orElseThrow();
    assertThat(action.type()).isEqualTo(ActionType.REDIRECT);
    return action.redirectConfig().orElseThrow();
  }

  @Test
  void schemeHttpsBecomesProtocolHttpsOnPort443KeepingTheRest() {
    RedirectActionConfig config = config(redirect("{scheme: https, statusCode: 301}", false));
    assertThat(config)
        .isEqualTo(
            RedirectActionConfig.builder()
                .protocol("HTTPS")
                .port("443")
                .host("#{host}")
                .path("/#{path}")
                .query("#{query}")
                .statusCode(RedirectStatusCode.HTTP_301)
                .build());
  }

  @Test
  void statusCodeDefaultsTo302() {
    assertThat(config(redirect("{scheme: https}", false)).statusCode()).isEqualTo(RedirectStatusCode.HTTP_302);
  }

  @Test
  void schemeHttpOnAnHttpListenerUsesPort80() {
    RedirectActionConfig config = config(redirect("{scheme: http, hostname: b.example.com}", false));
    assertThat(config.protocol()).hasValue("HTTP");
    assertThat(config.port()).hasValue("80");
    assertThat(config.host()).hasValue("b.example.com");
  }

  @Test
  void hostnameAloneKeepsProtocolAndPort() {
    RedirectActionConfig config = config(redirect("{hostname: b.example.com}", true));
    assertThat(config.protocol()).hasValue("#{protocol}");
    assertThat(config.port()).hasValue("#{port}");
    assertThat(config.host()).hasValue("b.example.com");
  }

  @Test
  void explicitPortWinsOverTheSchemesPort() {
    RedirectActionConfig config = config(redirect("{scheme: https, port: 8443}", false));
    assertThat(config.port()).hasValue("8443");
  }

  @Test
  void replaceFullPathBecomesThePath() {
    RedirectActionConfig config = config(redirect("{path: {type: ReplaceFullPath, replaceFullPath: /new/home}}", false));
    assertThat(config.path()).hasValue("/new/home");
    assertThat(config.host()).hasValue("#{host}");
  }

  @Test
  void replacePrefixMatchOfAPrefixOtherThanSlashIsDroppedNamingTheLimitation() {
    RuleDraft draft = redirect("/old", "{path: {type: ReplacePrefixMatch, replacePrefixMatch: /new}}", false);
    assertThat(draft.routingAction()).isEmpty();
    assertThat(draft.dropped()).map(Problem::reason).hasValue(Reasons.UNSUPPORTED_VALUE);
    assertThat(draft.dropped().get().message())
        .startsWith(".spec.rules[0].filters[0].requestRedirect.path.replacePrefixMatch: ALB cannot redirect")
        .contains("transforms rewrite only requests forwarded to targets");
  }

  @Test
  void replacePrefixMatchOfSlashKeepsTheWholePathBehindTheReplacement() {
    RedirectActionConfig config = config(redirect("/", "{path: {type: ReplacePrefixMatch, replacePrefixMatch: /new/}}", false));
    assertThat(config.path()).hasValue("/new/#{path}");
  }

  @Test
  void replacePrefixMatchEqualToThePrefixKeepsThePath() {
    RedirectActionConfig config =
        config(redirect("/app/", "{hostname: b.example.com, path: {type: ReplacePrefixMatch, replacePrefixMatch: /app}}", false));
    assertThat(config.path()).hasValue("/#{path}");
  }

  @ParameterizedTest
  @ValueSource(ints = {303, 307, 308})
  void statusCodesAlbCannotSendDropTheRule(int code) {
    RuleDraft draft = redirect("{scheme: https, statusCode: " + code + "}", false);
    assertThat(draft.routingAction()).isEmpty();
    assertThat(draft.dropped())
        .hasValue(
            Problem.of(
                Reasons.UNSUPPORTED_VALUE,
                ".spec.rules[0].filters[0].requestRedirect.statusCode: "
                    + code
                    + " is not supported: ALB redirects answer 301 or 302 only"));
  }

  @Test
  void httpsToHttpIsDropped() {
    RuleDraft draft = redirect("{scheme: http}", true);
    assertThat(draft.routingAction()).isEmpty();
    assertThat(draft.dropped().get().message())
        .startsWith(".spec.rules[0].filters[0].requestRedirect.scheme: http on an HTTPS listener is not supported");
  }

  @Test
  void aRedirectThatChangesNothingIsDroppedAsALoop() {
    RuleDraft empty = redirect("{statusCode: 301}", false);
    assertThat(empty.routingAction()).isEmpty();
    assertThat(empty.dropped().get().message()).contains("ALB rejects such a redirect as a loop");
    RuleDraft samePrefix = redirect("/app", "{path: {type: ReplacePrefixMatch, replacePrefixMatch: /app/}}", false);
    assertThat(samePrefix.dropped().get().message()).contains("loop");
  }

  @Test
  void queryComesFromTheRulesListenerRuleConfiguration() {
    RuleDraft draft =
        draft(
                httpRoute(
                        "    - filters:\n"
                            + "        - {type: RequestRedirect, requestRedirect: {scheme: https}}\n"
                            + "        - type: ExtensionRef\n"
                            + "          extensionRef: {group: gateway.k8s.aws, kind: ListenerRuleConfiguration, name: q}\n")
                    + "---\n"
                    + "apiVersion: gateway.k8s.aws/v1beta1\n"
                    + "kind: ListenerRuleConfiguration\n"
                    + "metadata: {name: q, namespace: app}\n"
                    + "spec:\n"
                    + "  actions: [{type: redirect, redirectConfig: {query: 'lang=en'}}]\n",
                0,
                false)
            .draft();
    assertThat(config(draft).query()).hasValue("lang=en");
  }

  @Test
  void pathsLongerThanAlbAllowsAreDropped() {
    RuleDraft draft = redirect("{path: {type: ReplaceFullPath, replaceFullPath: /" + "a".repeat(128) + "}}", false);
    assertThat(draft.dropped().get().message()).contains("at most 128 characters (has 129)");
  }

  @Test
  void hostsLongerThanAlbAllowsAreDropped() {
    RuleDraft draft = redirect("{hostname: " + "a".repeat(125) + ".com}", false);
    assertThat(draft.dropped().get().message())
        .startsWith(".spec.rules[0].filters[0].requestRedirect.hostname: ALB redirect hosts have at most 128 characters");
  }

  @Test
  void aRequestRedirectFilterWithoutItsConfigIsDropped() {
    RuleDraft draft = draft(httpRoute("    - filters: [{type: RequestRedirect}]\n"), 0, false).draft();
    assertThat(draft.dropped().get().message()).isEqualTo(".spec.rules[0].filters[0]: a filter of type RequestRedirect needs requestRedirect");
  }

  @Test
  void aQueryLongerThanAlbAllowsIsDropped() {
    RuleDraft draft =
        draft(
                httpRoute(
                        "    - filters:\n"
                            + "        - {type: RequestRedirect, requestRedirect: {scheme: https}}\n"
                            + "        - {type: ExtensionRef, extensionRef: {group: gateway.k8s.aws, kind: ListenerRuleConfiguration, name: q}}\n")
                    + "---\napiVersion: gateway.k8s.aws/v1\nkind: ListenerRuleConfiguration\nmetadata: {name: q, namespace: app}\n"
                    + "spec: {actions: [{type: redirect, redirectConfig: {query: '" + "q".repeat(129) + "'}}]}\n",
                0,
                false)
            .draft();
    assertThat(draft.dropped().get().message()).contains("redirectConfig.query has 129 characters; ALB allows at most 128");
  }
}
