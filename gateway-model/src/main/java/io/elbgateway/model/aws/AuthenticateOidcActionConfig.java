/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import io.elbgateway.model.elb.OnUnauthenticatedRequest;
import io.elbgateway.model.ModelStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An authenticate-oidc action: users sign in through an OpenID Connect identity provider before
 * the rule's routing action runs. The client ID and secret stay in a Secret that is only
 * referenced by name.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableAuthenticateOidcActionConfig.class)
@JsonDeserialize(as = ImmutableAuthenticateOidcActionConfig.class)
public interface AuthenticateOidcActionConfig {

  /** The identity provider's authorization endpoint (full HTTPS URL). */
  String authorizationEndpoint();

  /** The identity provider's issuer identifier (full HTTPS URL). */
  String issuer();

  /** The identity provider's token endpoint (full HTTPS URL). */
  String tokenEndpoint();

  /** The identity provider's user info endpoint (full HTTPS URL). */
  String userInfoEndpoint();

  /**
   * The Secret (same namespace) holding the keys {@code clientID} (or legacy {@code clientId}) and
   * {@code clientSecret}.
   */
  SecretReference secret();

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

  /** Whether to keep the client secret already set on the rule when modifying it. */
  Optional<Boolean> useExistingClientSecret();

  /** A builder. */
  static ImmutableAuthenticateOidcActionConfig.Builder builder() {
    return ImmutableAuthenticateOidcActionConfig.builder();
  }
}
