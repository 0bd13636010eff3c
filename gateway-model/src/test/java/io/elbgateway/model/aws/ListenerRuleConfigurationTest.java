/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import static io.elbgateway.model.TestManifests.read;
import static io.elbgateway.model.TestManifests.assertRoundTrip;
import io.elbgateway.model.elb.ActionType;
import io.elbgateway.model.elb.JwtClaimFormat;
import io.elbgateway.model.elb.OnUnauthenticatedRequest;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.codec.ModelMappers;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListenerRuleConfigurationTest {

  @Test
  void seedManifestReadsFixedResponse() {
    ListenerRuleConfiguration lrc =
        read("aws/seed-listenerruleconfiguration.yaml", ListenerRuleConfiguration.class);

    assertThat(lrc.apiVersion()).isEqualTo("gateway.k8s.aws/v1beta1");
    assertThat(lrc.key().display()).isEqualTo("ListenerRuleConfiguration my-web/deny-metrics");
    Action action = lrc.spec().actions().get(0);
    assertThat(action.type()).isEqualTo(ActionType.FIXED_RESPONSE);
    assertThat(action.routing()).isTrue();
    assertThat(action.preRouting()).isFalse();
    FixedResponseActionConfig fixed = action.fixedResponseConfig().orElseThrow();
    assertThat(fixed.statusCode()).isEqualTo(403);
    assertThat(fixed.contentType()).isEqualTo(FixedResponseContentType.TEXT_PLAIN);
    assertThat(fixed.messageBody()).contains("Forbidden for public access");
    assertThat(action.forwardConfig()).isEmpty();
    assertThat(lrc.spec().conditions()).isEmpty();
    assertThat(lrc.status()).isEmpty();

    assertRoundTrip(lrc, ListenerRuleConfiguration.class);
  }

  @Test
  void everyFieldReadsAndRoundTrips() {
    ListenerRuleConfiguration lrc =
        read("aws/full-listenerruleconfiguration.yaml", ListenerRuleConfiguration.class);

    AuthenticateCognitoActionConfig cognito =
        lrc.spec().actions().get(0).authenticateCognitoConfig().orElseThrow();
    assertThat(cognito.userPoolArn()).startsWith("arn:aws:cognito-idp:");
    assertThat(cognito.userPoolClientId()).isEqualTo("1example23456789");
    assertThat(cognito.userPoolDomain()).isEqualTo("shop-auth");
    assertThat(cognito.scope()).isEqualTo("openid email");
    assertThat(cognito.authenticationRequestExtraParams()).containsEntry("prompt", "login");
    assertThat(cognito.onUnauthenticatedRequest()).isEqualTo(OnUnauthenticatedRequest.DENY);
    assertThat(cognito.sessionCookieName()).isEqualTo("ShopSession");
    assertThat(cognito.sessionTimeout()).isEqualTo(3600L);
    TargetGroupStickinessConfig stickiness =
        lrc.spec().actions().get(1).forwardConfig().orElseThrow().targetGroupStickinessConfig();
    assertThat(stickiness.durationSeconds()).isEqualTo(600);
    assertThat(stickiness.enabled()).isTrue();
    ListenerRuleCondition condition = lrc.spec().conditions().get(0);
    assertThat(condition.field()).isEqualTo(ListenerRuleConditionField.SOURCE_IP);
    assertThat(condition.sourceIPConfig().orElseThrow().values())
        .containsExactly("192.0.2.0/24", "2001:db8::/32");
    assertThat(condition.matchIndexes()).contains(List.of(0, 2));
    assertThat(lrc.spec().tags()).containsEntry("owner", "partners");
    ListenerRuleConfigurationStatus status = lrc.status().orElseThrow();
    assertThat(status.observedGeneration()).contains(2L);
    assertThat(status.accepted()).contains(true);
    assertThat(status.message()).contains("configuration is valid");

    String yaml = assertRoundTrip(lrc, ListenerRuleConfiguration.class);
    assertThat(yaml).doesNotContain("preRouting").doesNotContain("routing:");
  }

  @Test
  void oidcActionAppliesCrdDefaultsAndOnlyReferencesTheSecret() {
    ListenerRuleConfiguration lrc =
        read("aws/oidc-listenerruleconfiguration.yaml", ListenerRuleConfiguration.class);

    Action action = lrc.spec().actions().get(0);
    assertThat(action.type()).isEqualTo(ActionType.AUTHENTICATE_OIDC);
    assertThat(action.preRouting()).isTrue();
    AuthenticateOidcActionConfig oidc = action.authenticateOIDCConfig().orElseThrow();
    assertThat(oidc.authorizationEndpoint()).endsWith("/authorize");
    assertThat(oidc.issuer()).isEqualTo("https://login.example.com");
    assertThat(oidc.tokenEndpoint()).endsWith("/token");
    assertThat(oidc.userInfoEndpoint()).endsWith("/userinfo");
    assertThat(oidc.secret()).isEqualTo(SecretReference.of("oidc-client"));
    assertThat(oidc.useExistingClientSecret()).contains(true);
    // CRD defaults
    assertThat(oidc.scope()).isEqualTo("openid");
    assertThat(oidc.onUnauthenticatedRequest())
        .isEqualTo(OnUnauthenticatedRequest.AUTHENTICATE);
    assertThat(oidc.sessionCookieName()).isEqualTo("AWSELBAuthSessionCookie");
    assertThat(oidc.sessionTimeout()).isEqualTo(604800L);
    assertThat(oidc.authenticationRequestExtraParams()).isEmpty();
    assertThat(lrc.status().flatMap(ListenerRuleConfigurationStatus::accepted)).contains(false);

    assertRoundTrip(lrc, ListenerRuleConfiguration.class);
  }

  @Test
  void jwtValidationActionReadsClaims() {
    ListenerRuleConfiguration lrc =
        read("aws/jwt-listenerruleconfiguration.yaml", ListenerRuleConfiguration.class);

    JwtValidationActionConfig jwt = lrc.spec().actions().get(0).jwtValidationConfig().orElseThrow();
    assertThat(jwt.issuer()).isEqualTo("https://issuer.example.com");
    assertThat(jwt.jwksEndpoint()).endsWith("/jwks.json");
    assertThat(jwt.additionalClaims())
        .extracting(JwtAdditionalClaim::format)
        .containsExactly(
            JwtClaimFormat.STRING_ARRAY,
            JwtClaimFormat.SPACE_SEPARATED_VALUES,
            JwtClaimFormat.SINGLE_STRING);
    assertThat(jwt.additionalClaims().get(0).values()).containsExactly("api-readers", "api-writers");
    assertThat(lrc.spec().actions().get(1).redirectConfig().orElseThrow().query())
        .isEqualTo("version=2");

    assertRoundTrip(lrc, ListenerRuleConfiguration.class);
  }

  @Test
  void emptyForwardAndRedirectBlocksTakeCrdDefaults() {
    ListenerRuleConfiguration lrc =
        ModelMappers.yaml()
            .readValue(
                "metadata: {name: r, namespace: n}\nspec:\n  actions:\n"
                    + "  - type: forward\n    forwardConfig: {}\n"
                    + "  - type: redirect\n    redirectConfig: {}\n"
                    + "  - type: fixed-response\n    fixedResponseConfig: {statusCode: 404}\n",
                ListenerRuleConfiguration.class);

    TargetGroupStickinessConfig stickiness =
        lrc.spec().actions().get(0).forwardConfig().orElseThrow().targetGroupStickinessConfig();
    assertThat(stickiness.durationSeconds()).isEqualTo(3600);
    assertThat(stickiness.enabled()).isFalse();
    assertThat(lrc.spec().actions().get(1).redirectConfig().orElseThrow().query())
        .isEqualTo("#{query}");
    assertThat(lrc.spec().actions().get(2).fixedResponseConfig().orElseThrow().contentType())
        .isEqualTo(FixedResponseContentType.TEXT_PLAIN);
  }

  @Test
  void emptyMatchIndexesStayDistinctFromAbsent() {
    ListenerRuleConfiguration lrc =
        ModelMappers.yaml()
            .readValue(
                "metadata: {name: r, namespace: n}\nspec:\n  conditions:\n"
                    + "  - field: source-ip\n    sourceIPConfig: {values: [10.0.0.0/8]}\n"
                    + "    matchIndexes: []\n"
                    + "  - field: source-ip\n    sourceIPConfig: {values: [10.0.0.0/8]}\n",
                ListenerRuleConfiguration.class);

    assertThat(lrc.spec().conditions().get(0).matchIndexes()).contains(List.of());
    assertThat(lrc.spec().conditions().get(1).matchIndexes()).isEmpty();
    assertRoundTrip(lrc, ListenerRuleConfiguration.class);
  }
}
