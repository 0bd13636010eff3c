/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.elbgateway.model.ModelStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The {@code AuthenticateCognitoConfig} of an authenticate-cognito action (HTTPS listeners only):
 * an Amazon Cognito user pool, its app client and domain.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableAuthenticateCognitoActionConfig.class)
@JsonDeserialize(as = ImmutableAuthenticateCognitoActionConfig.class)
public interface AuthenticateCognitoActionConfig {

  @JsonProperty("UserPoolArn")
  String userPoolArn();

  @JsonProperty("UserPoolClientId")
  String userPoolClientId();

  @JsonProperty("UserPoolDomain")
  String userPoolDomain();

  /** The name of the session cookie; ELBv2 defaults to {@code AWSELBAuthSessionCookie}. */
  @JsonProperty("SessionCookieName")
  Optional<String> sessionCookieName();

  /** The scopes asked for; ELBv2 defaults to {@code openid}. */
  @JsonProperty("Scope")
  Optional<String> scope();

  /** The session lifetime in seconds; ELBv2 defaults to 604800 (7 days). */
  @JsonProperty("SessionTimeout")
  Optional<Long> sessionTimeout();

  /** Up to 10 extra query parameters for the authorization request. */
  @JsonProperty("AuthenticationRequestExtraParams")
  Map<String, String> authenticationRequestExtraParams();

  /** What to do with an unauthenticated request; ELBv2 defaults to {@code authenticate}. */
  @JsonProperty("OnUnauthenticatedRequest")
  Optional<OnUnauthenticatedRequest> onUnauthenticatedRequest();

  /** A builder. */
  static ImmutableAuthenticateCognitoActionConfig.Builder builder() {
    return ImmutableAuthenticateCognitoActionConfig.builder();
  }
}
