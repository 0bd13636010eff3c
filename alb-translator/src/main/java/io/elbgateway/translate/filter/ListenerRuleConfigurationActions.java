/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.filter;

import io.elbgateway.model.aws.AuthenticateCognitoActionConfig;
import io.elbgateway.model.aws.AuthenticateOidcActionConfig;
import io.elbgateway.model.aws.FixedResponseActionConfig;
import io.elbgateway.model.aws.JwtAdditionalClaim;
import io.elbgateway.model.aws.JwtValidationActionConfig;
import io.elbgateway.model.elb.Action;
import io.elbgateway.model.elb.ImmutableTargetGroupStickinessConfig;
import io.elbgateway.model.elb.JwtValidationAdditionalClaim;
import io.elbgateway.model.elb.SecretReference;
import io.elbgateway.model.elb.TargetGroupStickinessConfig;
import java.util.TreeMap;

/**
 * The ELBv2 actions of a ListenerRuleConfiguration's action blocks: the CRD's fields under the
 * ELBv2 API's names, with the CRD defaults written out.
 */
final class ListenerRuleConfigurationActions {

  private ListenerRuleConfigurationActions() {}

  static Action fixedResponse(FixedResponseActionConfig config) {
    io.elbgateway.model.elb.ImmutableFixedResponseActionConfig.Builder elb =
        io.elbgateway.model.elb.FixedResponseActionConfig.builder()
            .statusCode(String.valueOf(config.statusCode()))
            .contentType(config.contentType().toString());
    config.messageBody().ifPresent(elb::messageBody);
    return Action.fixedResponse(elb.build());
  }

  /** Group stickiness; the duration is written only when stickiness is on (ELBv2 requires it then). */
  static TargetGroupStickinessConfig stickiness(io.elbgateway.model.aws.TargetGroupStickinessConfig config) {
    ImmutableTargetGroupStickinessConfig.Builder elb = TargetGroupStickinessConfig.builder().enabled(config.enabled());
    if (config.enabled()) {
      elb.durationSeconds(config.durationSeconds());
    }
    return elb.build();
  }

  /**
   * An authenticate-oidc action whose client credentials are named by the Secret {@code
   * namespace/name}; no secret value enters the model.
   */
  static Action authenticateOidc(AuthenticateOidcActionConfig config, String namespace) {
    return Action.authenticateOidc(
        io.elbgateway.model.elb.AuthenticateOidcActionConfig.builder()
            .issuer(config.issuer())
            .authorizationEndpoint(config.authorizationEndpoint())
            .tokenEndpoint(config.tokenEndpoint())
            .userInfoEndpoint(config.userInfoEndpoint())
            .clientCredentialsSecretRef(SecretReference.of(namespace, config.secret().name()))
            .sessionCookieName(config.sessionCookieName())
            .scope(config.scope())
            .sessionTimeout(config.sessionTimeout())
            .authenticationRequestExtraParams(new TreeMap<>(config.authenticationRequestExtraParams()))
            .onUnauthenticatedRequest(config.onUnauthenticatedRequest())
            .build());
  }

  static Action authenticateCognito(AuthenticateCognitoActionConfig config) {
    return Action.authenticateCognito(
        io.elbgateway.model.elb.AuthenticateCognitoActionConfig.builder()
            .userPoolArn(config.userPoolArn())
            .userPoolClientId(config.userPoolClientId())
            .userPoolDomain(config.userPoolDomain())
            .sessionCookieName(config.sessionCookieName())
            .scope(config.scope())
            .sessionTimeout(config.sessionTimeout())
            .authenticationRequestExtraParams(new TreeMap<>(config.authenticationRequestExtraParams()))
            .onUnauthenticatedRequest(config.onUnauthenticatedRequest())
            .build());
  }

  static Action jwtValidation(JwtValidationActionConfig config) {
    io.elbgateway.model.elb.ImmutableJwtValidationActionConfig.Builder elb =
        io.elbgateway.model.elb.JwtValidationActionConfig.builder()
            .issuer(config.issuer())
            .jwksEndpoint(config.jwksEndpoint());
    for (JwtAdditionalClaim claim : config.additionalClaims()) {
      elb.addAdditionalClaims(
          JwtValidationAdditionalClaim.builder()
              .format(claim.format())
              .name(claim.name())
              .values(claim.values())
              .build());
    }
    return Action.jwtValidation(elb.build());
  }
}
