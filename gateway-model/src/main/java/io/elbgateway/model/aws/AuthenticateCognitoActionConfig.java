/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import io.elbgateway.model.elb.OnUnauthenticatedRequest;
import io.elbgateway.model.ModelStyle;
import java.util.Map;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An authenticate-cognito action: users sign in through an Amazon Cognito user pool before the
 * rule's routing action runs.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableAuthenticateCognitoActionConfig.class)
@JsonDeserialize(as = ImmutableAuthenticateCognitoActionConfig.class)
public interface AuthenticateCognitoActionConfig {

  /** The ARN of the Cognito user pool. */
  String userPoolArn();

  /** The ID of the user pool app client. */
  String userPoolClientId();

  /** The user pool's domain prefix or full domain. */
  String userPoolDomain();

  /**
   * The user claims requested from the identity provider; the CRD default is {@code openid}.
   */
  @Value.Default
  default String scope() {
    return "openid";
  }

  /** Query parameters (at most 10) added to the redirect to the authorization endpoint. */
  Map<String, String> authenticationRequestExtraParams();

  /** What to do with an unauthenticated request; the CRD default is {@code authenticate}. */
  @Value.Default
  default OnUnauthenticatedRequest onUnauthenticatedRequest() {
    return OnUnauthenticatedRequest.AUTHENTICATE;
  }

  /** The session cookie name; the CRD default is {@code AWSELBAuthSessionCookie}. */
  @Value.Default
  default String sessionCookieName() {
    return "AWSELBAuthSessionCookie";
  }

  /** The session lifetime in seconds, 1 to 604800; the CRD default is 604800 (7 days). */
  @Value.Default
  default long sessionTimeout() {
    return 604800L;
  }

  /** A builder. */
  static ImmutableAuthenticateCognitoActionConfig.Builder builder() {
    return ImmutableAuthenticateCognitoActionConfig.builder();
  }
}
