/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.elbgateway.model.ModelStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A listener rule or default action ({@code Action}): its {@code Type}, its {@code Order} among the
 * rule's actions, and the one config for that type. Target groups are referenced by logical key,
 * never by ARN. The static factories build each kind.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableAction.class)
@JsonDeserialize(as = ImmutableAction.class)
public interface Action {

  @JsonProperty("Type")
  ActionType type();

  /**
   * The position among the rule's actions (1-50000, lowest first); required with several actions.
   */
  @JsonProperty("Order")
  Optional<Integer> order();

  @JsonProperty("ForwardConfig")
  Optional<ForwardActionConfig> forwardConfig();

  @JsonProperty("RedirectConfig")
  Optional<RedirectActionConfig> redirectConfig();

  @JsonProperty("FixedResponseConfig")
  Optional<FixedResponseActionConfig> fixedResponseConfig();

  @JsonProperty("AuthenticateOidcConfig")
  Optional<AuthenticateOidcActionConfig> authenticateOidcConfig();

  @JsonProperty("AuthenticateCognitoConfig")
  Optional<AuthenticateCognitoActionConfig> authenticateCognitoConfig();

  @JsonProperty("JwtValidationConfig")
  Optional<JwtValidationActionConfig> jwtValidationConfig();

  /** The config of {@link #type()} is present, no other. */
  @Value.Check
  default void checkConfigMatchesType() {
    List<Optional<?>> configs =
        Arrays.asList(
            forwardConfig(),
            redirectConfig(),
            fixedResponseConfig(),
            authenticateOidcConfig(),
            authenticateCognitoConfig(),
            jwtValidationConfig());
    long present = configs.stream().filter(Optional::isPresent).count();
    if (present != 1 || configs.get(type().ordinal()).isEmpty()) {
      throw new IllegalStateException("a " + type() + " action carries exactly its own config");
    }
  }

  /** Whether this action ends the rule (forward, redirect or fixed-response). */
  default boolean routing() {
    return type() == ActionType.FORWARD
        || type() == ActionType.REDIRECT
        || type() == ActionType.FIXED_RESPONSE;
  }

  /** This action with {@code Order} set, for rules with several actions. */
  default Action ordered(int order) {
    return ImmutableAction.copyOf(this).withOrder(order);
  }

  /** A forward action to weighted target groups. */
  static Action forward(List<TargetGroupTuple> targetGroups) {
    return forward(ImmutableForwardActionConfig.builder().targetGroups(targetGroups).build());
  }

  /** A forward action to one target group. */
  static Action forward(String targetGroupKey) {
    return forward(
        List.of(ImmutableTargetGroupTuple.builder().targetGroupKey(targetGroupKey).build()));
  }

  /** A forward action. */
  static Action forward(ForwardActionConfig config) {
    return builder().type(ActionType.FORWARD).forwardConfig(config).build();
  }

  /** A redirect action. */
  static Action redirect(RedirectActionConfig config) {
    return builder().type(ActionType.REDIRECT).redirectConfig(config).build();
  }

  /** A fixed-response action with a status code and no body. */
  static Action fixedResponse(String statusCode) {
    return fixedResponse(
        ImmutableFixedResponseActionConfig.builder().statusCode(statusCode).build());
  }

  /** A fixed-response action. */
  static Action fixedResponse(FixedResponseActionConfig config) {
    return builder().type(ActionType.FIXED_RESPONSE).fixedResponseConfig(config).build();
  }

  /** An authenticate-oidc action. */
  static Action authenticateOidc(AuthenticateOidcActionConfig config) {
    return builder().type(ActionType.AUTHENTICATE_OIDC).authenticateOidcConfig(config).build();
  }

  /** An authenticate-cognito action. */
  static Action authenticateCognito(AuthenticateCognitoActionConfig config) {
    return builder()
        .type(ActionType.AUTHENTICATE_COGNITO)
        .authenticateCognitoConfig(config)
        .build();
  }

  /** A jwt-validation action. */
  static Action jwtValidation(JwtValidationActionConfig config) {
    return builder().type(ActionType.JWT_VALIDATION).jwtValidationConfig(config).build();
  }

  /** A builder. */
  static ImmutableAction.Builder builder() {
    return ImmutableAction.builder();
  }
}
