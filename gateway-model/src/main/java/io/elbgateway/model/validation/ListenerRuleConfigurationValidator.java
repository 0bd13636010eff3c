/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import io.elbgateway.model.elb.ActionType;
import io.elbgateway.model.elb.JwtClaimFormat;
import io.elbgateway.model.aws.Action;
import io.elbgateway.model.aws.AuthenticateCognitoActionConfig;
import io.elbgateway.model.aws.AuthenticateOidcActionConfig;
import io.elbgateway.model.aws.JwtAdditionalClaim;
import io.elbgateway.model.aws.JwtValidationActionConfig;
import io.elbgateway.model.aws.ListenerRuleCondition;
import io.elbgateway.model.aws.ListenerRuleConditionField;
import io.elbgateway.model.aws.ListenerRuleConfiguration;
import io.elbgateway.model.aws.ListenerRuleConfigurationSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a {@code ListenerRuleConfiguration}.
 *
 * <p>Schema rules (the API server rejects the object): at most 2 actions; at most one pre-routing
 * action (authenticate-cognito, authenticate-oidc, jwt-validation) and at most one routing action
 * (forward, redirect, fixed-response); each action sets exactly the config block of its type;
 * fixed-response {@code statusCode} 200-299 or 400-599; stickiness {@code durationSeconds} 1-604800;
 * {@code sessionTimeout} 1-604800; at most 10 {@code authenticationRequestExtraParams}; JWT
 * {@code issuer} and {@code jwksEndpoint} at most 256 characters, claim {@code name} not empty,
 * claim {@code values} 1-10 items of at most 256 characters; a source-ip condition has a
 * {@code sourceIPConfig} with at least one value, and only a source-ip condition has one. Action
 * types and the condition field are enums, enforced when decoding.
 *
 * <p>{@code actions} and {@code conditions} have {@code minItems: 1} in the schema; the model reads
 * an empty list like an absent one, which the schema allows, so there is nothing left to report.
 *
 * <p>AWS rules (errors, since ELBv2 rejects the rule): source-ip values are CIDRs; a
 * space-separated-values claim value has no spaces; tag limits.
 */
final class ListenerRuleConfigurationValidator implements Validator<ListenerRuleConfiguration> {

  static final long MAX_SECONDS = 604_800L;
  static final int MAX_JWT_LENGTH = 256;

  @Override
  public void validate(ListenerRuleConfiguration object, Checks checks) {
    Checks spec = checks.at("spec");
    ListenerRuleConfigurationSpec s = object.spec();
    if (spec.items("actions", s.actions(), 0, 2)) {
      countActions(spec.at("actions"), s.actions());
    }
    spec.each("actions", s.actions(), this::checkAction);
    spec.each("conditions", s.conditions(), this::checkCondition);
    AwsTags.check(spec, "tags", s.tags());
  }

  private static void countActions(Checks actions, List<Action> list) {
    long preRouting = list.stream().filter(Action::preRouting).count();
    long routing = list.stream().filter(Action::routing).count();
    actions.require(
        preRouting <= 1,
        "at most one pre-routing action (authenticate-oidc, authenticate-cognito, jwt-validation)"
            + " may be set, found " + preRouting);
    actions.require(
        routing <= 1,
        "at most one routing action (forward, redirect, fixed-response) may be set, found "
            + routing);
  }

  private void checkAction(Checks checks, Action action) {
    Map<String, ActionType> blockTypes = new LinkedHashMap<>();
    Map<String, Boolean> blockSet = new LinkedHashMap<>();
    block(blockTypes, blockSet, "forwardConfig", ActionType.FORWARD, action.forwardConfig());
    block(blockTypes, blockSet, "redirectConfig", ActionType.REDIRECT, action.redirectConfig());
    block(blockTypes, blockSet, "fixedResponseConfig", ActionType.FIXED_RESPONSE,
        action.fixedResponseConfig());
    block(blockTypes, blockSet, "authenticateCognitoConfig", ActionType.AUTHENTICATE_COGNITO,
        action.authenticateCognitoConfig());
    block(blockTypes, blockSet, "authenticateOIDCConfig", ActionType.AUTHENTICATE_OIDC,
        action.authenticateOIDCConfig());
    block(blockTypes, blockSet, "jwtValidationConfig", ActionType.JWT_VALIDATION,
        action.jwtValidationConfig());
    blockTypes.forEach(
        (field, type) -> {
          boolean set = blockSet.get(field);
          if (type == action.type()) {
            checks.at(field).require(set, "required when type is " + type);
          } else if (set) {
            checks.at(field)
                .error("may only be set when type is " + type + " (type is " + action.type() + ")");
          }
        });

    checks.ifPresent(
        "forwardConfig",
        action.forwardConfig(),
        (c, forward) ->
            c.at("targetGroupStickinessConfig")
                .range(
                    "durationSeconds",
                    forward.targetGroupStickinessConfig().durationSeconds(),
                    1,
                    MAX_SECONDS));
    checks.ifPresent(
        "fixedResponseConfig",
        action.fixedResponseConfig(),
        (c, fixed) -> {
          int code = fixed.statusCode();
          c.at("statusCode")
              .require(
                  (code >= 200 && code <= 299) || (code >= 400 && code <= 599),
                  "must be 200-299 or 400-599 (is " + code + ")");
        });
    checks.ifPresent(
        "authenticateCognitoConfig", action.authenticateCognitoConfig(), this::checkCognito);
    checks.ifPresent("authenticateOIDCConfig", action.authenticateOIDCConfig(), this::checkOidc);
    checks.ifPresent("jwtValidationConfig", action.jwtValidationConfig(), this::checkJwt);
  }

  private static void block(
      Map<String, ActionType> types,
      Map<String, Boolean> set,
      String field,
      ActionType type,
      Optional<?> value) {
    types.put(field, type);
    set.put(field, value.isPresent());
  }

  private void checkCognito(Checks checks, AuthenticateCognitoActionConfig cognito) {
    checks.items(
        "authenticationRequestExtraParams", cognito.authenticationRequestExtraParams(), 0, 10);
    checks.range("sessionTimeout", cognito.sessionTimeout(), 1, MAX_SECONDS);
  }

  private void checkOidc(Checks checks, AuthenticateOidcActionConfig oidc) {
    checks.items(
        "authenticationRequestExtraParams", oidc.authenticationRequestExtraParams(), 0, 10);
    checks.range("sessionTimeout", oidc.sessionTimeout(), 1, MAX_SECONDS);
  }

  private void checkJwt(Checks checks, JwtValidationActionConfig jwt) {
    checks.length("issuer", jwt.issuer(), 0, MAX_JWT_LENGTH);
    checks.length("jwksEndpoint", jwt.jwksEndpoint(), 0, MAX_JWT_LENGTH);
    checks.each("additionalClaims", jwt.additionalClaims(), this::checkClaim);
  }

  private void checkClaim(Checks checks, JwtAdditionalClaim claim) {
    checks.length("name", claim.name(), 1, Integer.MAX_VALUE);
    checks.items("values", claim.values(), 1, 10);
    checks.each(
        "values",
        claim.values(),
        (c, value) -> {
          if (c.length(value, 0, MAX_JWT_LENGTH)
              && claim.format() == JwtClaimFormat.SPACE_SEPARATED_VALUES) {
            c.require(
                value.indexOf(' ') < 0,
                "a space-separated-values claim value must not contain spaces");
          }
        });
  }

  private void checkCondition(Checks checks, ListenerRuleCondition condition) {
    if (condition.field() == ListenerRuleConditionField.SOURCE_IP) {
      if (checks.at("sourceIPConfig")
          .require(condition.sourceIPConfig().isPresent(), "required when field is source-ip")) {
        Checks config = checks.at("sourceIPConfig");
        List<String> values = condition.sourceIPConfig().get().values();
        config.items("values", values, 1, Integer.MAX_VALUE);
        config.each("values", values, Checks::cidr);
      }
    } else {
      checks.at("sourceIPConfig")
          .require(
              condition.sourceIPConfig().isEmpty(), "may only be set when field is source-ip");
    }
  }
}
