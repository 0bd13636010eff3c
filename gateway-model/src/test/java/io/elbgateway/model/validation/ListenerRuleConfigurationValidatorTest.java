/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import static io.elbgateway.model.TestManifests.read;
import static io.elbgateway.model.validation.AwsFixtures.withSpec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elbgateway.model.aws.ListenerRuleConfiguration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListenerRuleConfigurationValidatorTest {

  private static final String OIDC =
      """
      authorizationEndpoint: https://idp/authorize
      issuer: https://idp
      tokenEndpoint: https://idp/token
      userInfoEndpoint: https://idp/userinfo
      secret: {name: oidc}
      """;

  private static List<Violation> validate(ListenerRuleConfiguration lrc) {
    return AwsFixtures.validate(lrc, new ListenerRuleConfigurationValidator());
  }

  private static List<Violation> validateSpec(String specYaml) {
    return validate(withSpec(ListenerRuleConfiguration.class, specYaml));
  }

  private static Violation only(List<Violation> violations) {
    assertThat(violations).as(AwsFixtures.paths(violations)).hasSize(1);
    return violations.get(0);
  }

  private static String indent(String yaml, int spaces) {
    return yaml.stripTrailing().replace("\n", "\n" + " ".repeat(spaces));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "seed-listenerruleconfiguration.yaml",
        "full-listenerruleconfiguration.yaml",
        "oidc-listenerruleconfiguration.yaml",
        "jwt-listenerruleconfiguration.yaml"
      })
  void realisticManifestsAreValid(String name) {
    List<Violation> violations = validate(read("aws/" + name, ListenerRuleConfiguration.class));

    assertThat(violations).as(AwsFixtures.paths(violations)).isEmpty();
  }

  @Test
  void atMostTwoActions() {
    Violation v =
        only(
            validateSpec(
                """
                actions:
                - {type: fixed-response, fixedResponseConfig: {statusCode: 404}}
                - {type: jwt-validation, jwtValidationConfig: {issuer: i, jwksEndpoint: j}}
                - {type: forward, forwardConfig: {}}
                """));

    assertThat(v.path()).hasToString(".spec.actions");
    assertThat(v.message()).isEqualTo("must have at most 2 items (has 3)");
  }

  @Test
  void atMostOnePreRoutingAction() {
    Violation v =
        only(
            validateSpec(
                "actions:\n- type: authenticate-oidc\n  authenticateOIDCConfig:\n    "
                    + indent(OIDC, 4)
                    + "\n- {type: jwt-validation, jwtValidationConfig: {issuer: i, jwksEndpoint: j}}"));

    assertThat(v.path()).hasToString(".spec.actions");
    assertThat(v.message()).startsWith("at most one pre-routing action").endsWith("found 2");
  }

  @Test
  void atMostOneRoutingAction() {
    Violation v =
        only(
            validateSpec(
                """
                actions:
                - {type: forward, forwardConfig: {}}
                - {type: redirect, redirectConfig: {}}
                """));

    assertThat(v.path()).hasToString(".spec.actions");
    assertThat(v.message()).startsWith("at most one routing action");
  }

  @Test
  void unsupportedActionTypeFailsToDecode() {
    assertThatThrownBy(
            () -> withSpec(ListenerRuleConfiguration.class, "actions:\n- {type: authenticate-saml}"))
        .hasMessageContaining("authenticate-saml");
  }

  @Test
  void actionNeedsTheConfigBlockOfItsType() {
    Violation v = only(validateSpec("actions:\n- {type: forward}"));

    assertThat(v.path()).hasToString(".spec.actions[0].forwardConfig");
    assertThat(v.message()).isEqualTo("required when type is forward");
  }

  @Test
  void actionMustNotCarryAnotherTypesConfigBlock() {
    Violation v =
        only(
            validateSpec(
                """
                actions:
                - type: fixed-response
                  fixedResponseConfig: {statusCode: 503}
                  redirectConfig: {query: a=b}
                """));

    assertThat(v.path()).hasToString(".spec.actions[0].redirectConfig");
    assertThat(v.message()).isEqualTo("may only be set when type is redirect (type is fixed-response)");
  }

  @ParameterizedTest
  @ValueSource(ints = {199, 302, 399, 600})
  void fixedResponseStatusCodeIs2xx4xxOr5xx(int code) {
    Violation v =
        only(validateSpec("actions:\n- {type: fixed-response, fixedResponseConfig: {statusCode: " + code + "}}"));

    assertThat(v.path()).hasToString(".spec.actions[0].fixedResponseConfig.statusCode");
    assertThat(v.message()).contains("200-299 or 400-599");
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 299, 400, 599})
  void fixedResponseStatusCodeBoundsAreAccepted(int code) {
    assertThat(validateSpec("actions:\n- {type: fixed-response, fixedResponseConfig: {statusCode: " + code + "}}"))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 604801})
  void stickinessDurationIs1To604800(int seconds) {
    Violation v =
        only(
            validateSpec(
                "actions:\n- type: forward\n  forwardConfig:\n"
                    + "    targetGroupStickinessConfig: {enabled: true, durationSeconds: " + seconds + "}"));

    assertThat(v.path())
        .hasToString(".spec.actions[0].forwardConfig.targetGroupStickinessConfig.durationSeconds");
    assertThat(v.message()).contains("between 1 and 604800");
  }

  @Test
  void oidcSessionTimeoutIs1To604800() {
    Violation v =
        only(
            validateSpec(
                "actions:\n- type: authenticate-oidc\n  authenticateOIDCConfig:\n    "
                    + indent(OIDC + "sessionTimeout: 0\n", 4)));

    assertThat(v.path()).hasToString(".spec.actions[0].authenticateOIDCConfig.sessionTimeout");
  }

  @Test
  void cognitoSessionTimeoutIs1To604800() {
    Violation v =
        only(
            validateSpec(
                """
                actions:
                - type: authenticate-cognito
                  authenticateCognitoConfig:
                    userPoolArn: arn
                    userPoolClientId: id
                    userPoolDomain: d
                    sessionTimeout: 604801
                """));

    assertThat(v.path()).hasToString(".spec.actions[0].authenticateCognitoConfig.sessionTimeout");
  }

  @Test
  void atMostTenAuthenticationRequestExtraParams() {
    StringBuilder params = new StringBuilder("authenticationRequestExtraParams:\n");
    for (int i = 0; i < 11; i++) {
      params.append("  p").append(i).append(": v\n");
    }
    Violation v =
        only(
            validateSpec(
                "actions:\n- type: authenticate-oidc\n  authenticateOIDCConfig:\n    "
                    + indent(OIDC + params, 4)));

    assertThat(v.path())
        .hasToString(".spec.actions[0].authenticateOIDCConfig.authenticationRequestExtraParams");
    assertThat(v.message()).contains("at most 10 items (has 11)");
  }

  @Test
  void jwtIssuerHasAtMost256Characters() {
    Violation v =
        only(
            validateSpec(
                "actions:\n- {type: jwt-validation, jwtValidationConfig: {issuer: "
                    + "i".repeat(257) + ", jwksEndpoint: j}}"));

    assertThat(v.path()).hasToString(".spec.actions[0].jwtValidationConfig.issuer");
  }

  @Test
  void jwtJwksEndpointHasAtMost256Characters() {
    Violation v =
        only(
            validateSpec(
                "actions:\n- {type: jwt-validation, jwtValidationConfig: {issuer: i, jwksEndpoint: "
                    + "j".repeat(257) + "}}"));

    assertThat(v.path()).hasToString(".spec.actions[0].jwtValidationConfig.jwksEndpoint");
  }

  private static List<Violation> claim(String claimYaml) {
    return validateSpec(
        "actions:\n- type: jwt-validation\n  jwtValidationConfig:\n    issuer: i\n"
            + "    jwksEndpoint: j\n    additionalClaims:\n    - " + claimYaml);
  }

  @Test
  void jwtClaimNeedsAtLeastOneValue() {
    Violation v = only(claim("{format: single-string, name: tenant, values: []}"));

    assertThat(v.path())
        .hasToString(".spec.actions[0].jwtValidationConfig.additionalClaims[0].values");
    assertThat(v.message()).isEqualTo("must have at least 1 item");
  }

  @Test
  void jwtClaimHasAtMostTenValues() {
    Violation v = only(claim("{format: string-array, name: g, values: [a,b,c,d,e,f,g,h,i,j,k]}"));

    assertThat(v.path())
        .hasToString(".spec.actions[0].jwtValidationConfig.additionalClaims[0].values");
    assertThat(v.message()).contains("at most 10 items (has 11)");
  }

  @Test
  void jwtClaimValueHasAtMost256Characters() {
    Violation v = only(claim("{format: single-string, name: t, values: [" + "v".repeat(257) + "]}"));

    assertThat(v.path())
        .hasToString(".spec.actions[0].jwtValidationConfig.additionalClaims[0].values[0]");
  }

  @Test
  void jwtClaimNameMustNotBeEmpty() {
    Violation v = only(claim("{format: single-string, name: \"\", values: [x]}"));

    assertThat(v.path())
        .hasToString(".spec.actions[0].jwtValidationConfig.additionalClaims[0].name");
  }

  @Test
  void spaceSeparatedClaimValuesHaveNoSpaces() {
    Violation v = only(claim("{format: space-separated-values, name: scope, values: [\"read write\"]}"));

    assertThat(v.path())
        .hasToString(".spec.actions[0].jwtValidationConfig.additionalClaims[0].values[0]");
    assertThat(v.message()).contains("must not contain spaces");
  }

  @Test
  void sourceIpConditionNeedsSourceIpConfig() {
    Violation v = only(validateSpec("conditions:\n- {field: source-ip}"));

    assertThat(v.path()).hasToString(".spec.conditions[0].sourceIPConfig");
    assertThat(v.message()).isEqualTo("required when field is source-ip");
  }

  @Test
  void sourceIpConfigNeedsAtLeastOneValue() {
    Violation v = only(validateSpec("conditions:\n- {field: source-ip, sourceIPConfig: {values: []}}"));

    assertThat(v.path()).hasToString(".spec.conditions[0].sourceIPConfig.values");
    assertThat(v.message()).isEqualTo("must have at least 1 item");
  }

  @Test
  void sourceIpValuesAreCidrs() {
    Violation v =
        only(
            validateSpec(
                "conditions:\n- {field: source-ip, sourceIPConfig: {values: [10.0.0.0/8, 10.0.0.300/32]}}"));

    assertThat(v.path()).hasToString(".spec.conditions[0].sourceIPConfig.values[1]");
    assertThat(v.message()).contains("\"10.0.0.300/32\" is not a valid CIDR");
  }

  @Test
  void emptyConditionsAndActionsReadAsAbsent() {
    ListenerRuleConfiguration lrc =
        withSpec(ListenerRuleConfiguration.class, "conditions: []\nactions: []");

    assertThat(lrc.spec().conditions()).isEmpty();
    assertThat(lrc.spec().actions()).isEmpty();
    assertThat(validate(lrc)).isEmpty();
  }

  @Test
  void ruleTagsFollowAwsLimits() {
    Violation v = only(validateSpec("tags: {\"aws:rule\": x}"));

    assertThat(v.path()).hasToString(".spec.tags");
  }
}
