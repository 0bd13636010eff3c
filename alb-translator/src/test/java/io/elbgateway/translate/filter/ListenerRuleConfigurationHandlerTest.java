/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.filter;

import static io.elbgateway.translate.filter.FilterFixtures.draft;
import static io.elbgateway.translate.filter.FilterFixtures.grpcRoute;
import static io.elbgateway.translate.filter.FilterFixtures.httpRoute;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.aws.ListenerRuleConfigurationStatus;
import io.elbgateway.model.elb.Action;
import io.elbgateway.model.elb.ActionType;
import io.elbgateway.model.elb.AuthenticateOidcActionConfig;
import io.elbgateway.model.elb.FixedResponseActionConfig;
import io.elbgateway.model.elb.JwtClaimFormat;
import io.elbgateway.model.elb.OnUnauthenticatedRequest;
import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.elb.SecretReference;
import io.elbgateway.model.elb.TargetGroupStickinessConfig;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.translate.filter.FilterFixtures.Drafted;
import io.elbgateway.translate.spi.RuleDraft;
import io.elbgateway.translate.status.Problem;
import io.elbgateway.translate.status.Reasons;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListenerRuleConfigurationHandlerTest {

  private static final ObjectKey LRC = ObjectKey.of("gateway.k8s.aws", "ListenerRuleConfiguration", "app", "lrc");

  private static final Action HTTP_500 =
      Action.fixedResponse(FixedResponseActionConfig.builder().statusCode("500").contentType("text/plain").build());

  /** A route whose rule 0 has {@code filters} and one PathPrefix match, plus the LRC {@code app/lrc} with {@code spec}. */
  private static String withLrc(String filters, String spec) {
    return httpRoute(
            "    - matches: [{path: {type: PathPrefix, value: /a}}, {path: {type: PathPrefix, value: /b}}]\n"
                + "      filters:\n"
                + filters
                + "      backendRefs: [{name: web, port: 80}]\n")
        + "---\n"
        + "apiVersion: gateway.k8s.aws/v1\n"
        + "kind: ListenerRuleConfiguration\n"
        + "metadata: {name: lrc, namespace: app, generation: 3}\n"
        + "spec:\n"
        + spec;
  }

  private static final String LRC_REF =
      "        - {type: ExtensionRef, extensionRef: {group: gateway.k8s.aws, kind: ListenerRuleConfiguration, name: lrc}}\n";

  private static final String SECRET =
      "---\napiVersion: v1\nkind: Secret\nmetadata: {name: oidc, namespace: app}\ndata: {clientID: eA==, clientSecret: eQ==}\n";

  private static final String OIDC =
      "  actions:\n"
          + "    - type: authenticate-oidc\n"
          + "      authenticateOIDCConfig:\n"
          + "        issuer: https://idp.example.com\n"
          + "        authorizationEndpoint: https://idp.example.com/auth\n"
          + "        tokenEndpoint: https://idp.example.com/token\n"
          + "        userInfoEndpoint: https://idp.example.com/userinfo\n"
          + "        secret: {name: oidc}\n"
          + "        onUnauthenticatedRequest: deny\n";

  private static ListenerRuleConfigurationStatus status(Drafted drafted) {
    return drafted.collected().listenerRuleConfigurationStatuses().get(LRC);
  }

  @Test
  void seedDenyMetricsAnswers403() throws IOException {
    String yaml =
        Files.readString(Path.of("../examples/seed/40-httproute.yaml"))
            + "\n---\n"
            + Files.readString(Path.of("../examples/seed/50-listenerruleconfiguration.yaml"));
    for (boolean https : new boolean[] {false, true}) {
      Drafted drafted = draft(yaml, 0, https);
      RuleDraft draft = drafted.draft();
      assertThat(draft.routingAction())
          .hasValue(
              Action.fixedResponse(
                  FixedResponseActionConfig.builder()
                      .statusCode("403")
                      .contentType("text/plain")
                      .messageBody("Forbidden for public access")
                      .build()));
      assertThat(draft.dropped()).isEmpty();
      assertThat(draft.failedClosed()).isEmpty();
      assertThat(draft.unresolvedRefs()).isEmpty();
      ListenerRuleConfigurationStatus status =
          drafted
              .collected()
              .listenerRuleConfigurationStatuses()
              .get(ObjectKey.of("gateway.k8s.aws", "ListenerRuleConfiguration", "my-web", "deny-metrics"));
      assertThat(status.accepted()).hasValue(true);
    }
    assertThat(draft(yaml, 1, true).draft().routingAction()).isEmpty();
  }

  @Test
  void aMissingConfigurationFailsClosedWithBackendNotFoundAndNothingElse() {
    Drafted drafted = draft(httpRoute("    - filters:\n" + LRC_REF + "      backendRefs: [{name: web, port: 80}]\n"), 0, true);
    RuleDraft draft = drafted.draft();
    String message =
        ".spec.rules[0].filters[0].extensionRef: ListenerRuleConfiguration app/lrc does not exist; create it in"
            + " namespace app or remove the filter. Requests matching the rule get HTTP 500 until then";
    assertThat(draft.failedClosed()).hasValue(Problem.of(Reasons.BACKEND_NOT_FOUND, message));
    assertThat(draft.unresolvedRefs()).containsExactly(Problem.of(Reasons.BACKEND_NOT_FOUND, message));
    assertThat(draft.routingAction()).hasValue(HTTP_500);
    assertThat(draft.dropped()).isEmpty();
    assertThat(draft.preRoutingActions()).isEmpty();
    assertThat(draft.extraConditions()).isEmpty();
    assertThat(drafted.collected().listenerRuleConfigurationStatuses()).isEmpty();
  }

  @Test
  void twoConfigurationsInOneRuleAreIncompatible() {
    RuleDraft draft =
        draft(withLrc(LRC_REF + LRC_REF, "  tags: {a: b}\n"), 0, true).draft();
    assertThat(draft.dropped())
        .hasValue(
            Problem.of(
                Reasons.INCOMPATIBLE_FILTERS,
                ".spec.rules[0].filters: a rule can use at most one ListenerRuleConfiguration (has 2: filters[0],"
                    + " filters[1]); merge them into one"));
    assertThat(draft.tags()).isEmpty();
  }

  @Test
  void forwardSetsGroupStickiness() {
    Drafted drafted =
        draft(
            withLrc(
                LRC_REF,
                "  actions: [{type: forward, forwardConfig: {targetGroupStickinessConfig: {enabled: true, durationSeconds: 600}}}]\n"),
            0,
            false);
    assertThat(drafted.draft().forwardStickiness())
        .hasValue(TargetGroupStickinessConfig.builder().enabled(true).durationSeconds(600).build());
    assertThat(drafted.draft().routingAction()).isEmpty();
    assertThat(status(drafted).accepted()).hasValue(true);
    assertThat(status(drafted).observedGeneration()).hasValue(3L);
  }

  @Test
  void enabledStickinessWinsOverSessionPersistence() {
    String yaml =
        withLrc(LRC_REF, "  actions: [{type: forward, forwardConfig: {targetGroupStickinessConfig: {enabled: true, durationSeconds: 60}}}]\n")
            .replace("      backendRefs:", "      sessionPersistence: {absoluteTimeout: 1h}\n      backendRefs:");
    Drafted drafted = draft(yaml, 0, false);
    assertThat(drafted.draft().forwardStickiness().get().durationSeconds()).hasValue(60);
    assertThat(drafted.collected().diagnostics().get(0).message()).contains("sessionPersistence is ignored");
  }

  @Test
  void redirectWithoutRequestRedirectIsIncompatible() {
    RuleDraft draft = draft(withLrc(LRC_REF, "  actions: [{type: redirect, redirectConfig: {query: a=b}}]\n"), 0, false).draft();
    assertThat(draft.dropped()).map(Problem::reason).hasValue(Reasons.INCOMPATIBLE_FILTERS);
    assertThat(draft.dropped().get().message())
        .startsWith(".spec.rules[0].filters[0].extensionRef (ListenerRuleConfiguration app/lrc .spec.actions[0]): a redirect");
  }

  @Test
  void oidcOnHttpsIsAPreRoutingActionThatOnlyNamesTheSecret() {
    Drafted drafted = draft(withLrc(LRC_REF, OIDC) + SECRET, 0, true);
    RuleDraft draft = drafted.draft();
    assertThat(draft.preRoutingActions())
        .containsExactly(
            Action.authenticateOidc(
                AuthenticateOidcActionConfig.builder()
                    .issuer("https://idp.example.com")
                    .authorizationEndpoint("https://idp.example.com/auth")
                    .tokenEndpoint("https://idp.example.com/token")
                    .userInfoEndpoint("https://idp.example.com/userinfo")
                    .clientCredentialsSecretRef(SecretReference.of("app", "oidc"))
                    .sessionCookieName("AWSELBAuthSessionCookie")
                    .scope("openid")
                    .sessionTimeout(604800L)
                    .onUnauthenticatedRequest(OnUnauthenticatedRequest.DENY)
                    .build()));
    assertThat(draft.failedClosed()).isEmpty();
    assertThat(draft.routingAction()).isEmpty();
    assertThat(draft.preRoutingActions().toString()).doesNotContain("eA==").doesNotContain("eQ==");
    assertThat(status(drafted).accepted()).hasValue(true);
  }

  @Test
  void authenticationOnAnHttpListenerFailsClosedSayingItNeedsHttps() {
    Drafted drafted = draft(withLrc(LRC_REF, OIDC) + SECRET, 0, false);
    RuleDraft draft = drafted.draft();
    assertThat(draft.preRoutingActions()).isEmpty();
    assertThat(draft.routingAction()).hasValue(HTTP_500);
    assertThat(draft.failedClosed()).map(Problem::reason).hasValue(Reasons.UNSUPPORTED_VALUE);
    assertThat(draft.failedClosed().get().message()).contains("authenticate-oidc needs an HTTPS listener");
    assertThat(draft.dropped()).isEmpty();
    assertThat(status(drafted).accepted()).hasValue(true);
  }

  @Test
  void aMissingOidcSecretMakesTheConfigurationNotAcceptedAndTheRuleFailClosed() {
    Drafted drafted = draft(withLrc(LRC_REF, OIDC), 0, true);
    RuleDraft draft = drafted.draft();
    assertThat(draft.preRoutingActions()).isEmpty();
    assertThat(draft.routingAction()).hasValue(HTTP_500);
    assertThat(draft.failedClosed()).map(Problem::reason).hasValue(Reasons.BACKEND_NOT_FOUND);
    assertThat(draft.unresolvedRefs()).extracting(Problem::reason).containsExactly(Reasons.BACKEND_NOT_FOUND);
    ListenerRuleConfigurationStatus status = status(drafted);
    assertThat(status.accepted()).hasValue(false);
    assertThat(status.message())
        .hasValue(".spec.actions[0].authenticateOIDCConfig.secret.name: Secret app/oidc does not exist; create it with"
            + " the keys clientID and clientSecret");
  }

  @Test
  void cognitoAndJwtValidationArePreRoutingActionsOnHttps() {
    RuleDraft cognito =
        draft(
                withLrc(
                    LRC_REF,
                    "  actions:\n"
                        + "    - type: authenticate-cognito\n"
                        + "      authenticateCognitoConfig: {userPoolArn: 'arn:aws:cognito-idp:eu-west-1:1:userpool/p', userPoolClientId: c, userPoolDomain: d}\n"
                        + "    - type: fixed-response\n"
                        + "      fixedResponseConfig: {statusCode: 200, messageBody: ok}\n"),
                0,
                true)
            .draft();
    assertThat(cognito.preRoutingActions()).extracting(Action::type).containsExactly(ActionType.AUTHENTICATE_COGNITO);
    assertThat(cognito.preRoutingActions().get(0).authenticateCognitoConfig().get().userPoolClientId()).isEqualTo("c");
    assertThat(cognito.routingAction().get().fixedResponseConfig().get().statusCode()).isEqualTo("200");
    RuleDraft jwt =
        draft(
                withLrc(
                    LRC_REF,
                    "  actions:\n"
                        + "    - type: jwt-validation\n"
                        + "      jwtValidationConfig:\n"
                        + "        issuer: https://idp.example.com\n"
                        + "        jwksEndpoint: https://idp.example.com/jwks\n"
                        + "        additionalClaims: [{format: string-array, name: groups, values: [admins]}]\n"),
                0,
                true)
            .draft();
    assertThat(jwt.preRoutingActions()).extracting(Action::type).containsExactly(ActionType.JWT_VALIDATION);
    assertThat(jwt.preRoutingActions().get(0).jwtValidationConfig().get().additionalClaims().get(0).format())
        .isEqualTo(JwtClaimFormat.STRING_ARRAY);
    RuleDraft jwtOnHttp =
        draft(
                withLrc(
                    LRC_REF,
                    "  actions: [{type: jwt-validation, jwtValidationConfig: {issuer: i, jwksEndpoint: 'https://j'}}]\n"),
                0,
                false)
            .draft();
    assertThat(jwtOnHttp.failedClosed().get().message()).contains("jwt-validation needs an HTTPS listener");
  }

  @Test
  void authenticationOnAGrpcRouteFailsClosed() {
    String yaml =
        grpcRoute("    - filters:\n" + LRC_REF + "      backendRefs: [{name: api, port: 50051}]\n")
            + "---\napiVersion: gateway.k8s.aws/v1\nkind: ListenerRuleConfiguration\nmetadata: {name: lrc, namespace: app}\nspec:\n"
            + "  actions: [{type: jwt-validation, jwtValidationConfig: {issuer: i, jwksEndpoint: 'https://j'}}]\n";
    RuleDraft draft = draft(yaml, 0, true).draft();
    assertThat(draft.routingAction()).hasValue(HTTP_500);
    assertThat(draft.failedClosed().get().message()).contains("cannot be used on a GRPCRoute");
  }

  @Test
  void sourceIpConditionsKeepTheirMatchIndexesAndTagsAreAdded() {
    RuleDraft draft =
        draft(
                withLrc(
                    LRC_REF,
                    "  conditions:\n"
                        + "    - {field: source-ip, sourceIPConfig: {values: [10.0.0.0/8]}, matchIndexes: [1]}\n"
                        + "    - {field: source-ip, sourceIPConfig: {values: [192.168.0.0/16, 172.16.0.0/12]}}\n"
                        + "  tags: {team: web, cost-center: '42'}\n"),
                0,
                false)
            .draft();
    assertThat(draft.extraConditions())
        .containsExactly(
            new RuleDraft.ExtraCondition(RuleCondition.sourceIp(java.util.List.of("10.0.0.0/8")), Optional.of(Set.of(1))),
            new RuleDraft.ExtraCondition(
                RuleCondition.sourceIp(java.util.List.of("192.168.0.0/16", "172.16.0.0/12")), Optional.empty()));
    assertThat(draft.tags()).isEqualTo(Map.of("team", "web", "cost-center", "42"));
    assertThat(draft.dropped()).isEmpty();
  }

  @Test
  void anInvalidConfigurationIsNotAcceptedAndTheRuleFailsClosed() {
    Drafted drafted =
        draft(
            withLrc(
                LRC_REF,
                "  actions:\n"
                    + "    - {type: fixed-response, fixedResponseConfig: {statusCode: 302}}\n"
                    + "    - {type: fixed-response, fixedResponseConfig: {statusCode: 404}}\n"),
            0,
            false);
    RuleDraft draft = drafted.draft();
    assertThat(draft.routingAction()).hasValue(HTTP_500);
    assertThat(draft.failedClosed().get().message())
        .startsWith(".spec.rules[0].filters[0].extensionRef: ListenerRuleConfiguration app/lrc is not valid:");
    assertThat(status(drafted).accepted()).hasValue(false);
    assertThat(status(drafted).message().get())
        .contains(".spec.actions: at most one forward, redirect or fixed-response action (has 2)")
        .contains(".spec.actions[0].fixedResponseConfig.statusCode: must be 200-299 or 400-599 (is 302)");
  }

  @Test
  void aConfigurationFoundInvalidByOneUseStaysNotAccepted() {
    String yaml =
        httpRoute(
                "    - matches: [{path: {type: PathPrefix, value: /a}}]\n      filters:\n" + LRC_REF
                    + "    - matches: [{path: {type: PathPrefix, value: /b}}]\n      filters:\n" + LRC_REF)
            + "---\napiVersion: gateway.k8s.aws/v1\nkind: ListenerRuleConfiguration\nmetadata: {name: lrc, namespace: app}\nspec:\n"
            + OIDC;
    Drafted first = draft(yaml, 0, true);
    RuleFilters.draft(first.context(), first.draft().route(), 1, false);
    assertThat(status(first).accepted()).hasValue(false);
  }
}
