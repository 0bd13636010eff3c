/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import io.elbgateway.model.elb.ActionType;
import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One action of a {@code ListenerRuleConfiguration}: its {@code type} and exactly the config block
 * of that type (CRD rule).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableAction.class)
@JsonDeserialize(as = ImmutableAction.class)
public interface Action {

  /** The action type. */
  ActionType type();

  /** Required exactly when {@code type} is {@code forward}. */
  Optional<ForwardActionConfig> forwardConfig();

  /** Required exactly when {@code type} is {@code redirect}. */
  Optional<RedirectActionConfig> redirectConfig();

  /** Required exactly when {@code type} is {@code fixed-response}. */
  Optional<FixedResponseActionConfig> fixedResponseConfig();

  /** Required exactly when {@code type} is {@code authenticate-cognito}. */
  Optional<AuthenticateCognitoActionConfig> authenticateCognitoConfig();

  /** Required exactly when {@code type} is {@code authenticate-oidc}. */
  Optional<AuthenticateOidcActionConfig> authenticateOIDCConfig();

  /** Required exactly when {@code type} is {@code jwt-validation}. */
  Optional<JwtValidationActionConfig> jwtValidationConfig();

  /** Whether this action runs before routing: authenticate-cognito, authenticate-oidc or jwt-validation. */
  default boolean preRouting() {
    return type() == ActionType.AUTHENTICATE_COGNITO
        || type() == ActionType.AUTHENTICATE_OIDC
        || type() == ActionType.JWT_VALIDATION;
  }

  /** Whether this action decides where the request goes: forward, redirect or fixed-response. */
  default boolean routing() {
    return type() == ActionType.FORWARD
        || type() == ActionType.REDIRECT
        || type() == ActionType.FIXED_RESPONSE;
  }

  /** A builder. */
  static ImmutableAction.Builder builder() {
    return ImmutableAction.builder();
  }
}
