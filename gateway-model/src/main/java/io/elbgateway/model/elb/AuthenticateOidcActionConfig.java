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
 * The {@code AuthenticateOidcConfig} of an authenticate-oidc action (HTTPS listeners only). The
 * client ID and secret are not here: {@code ClientCredentialsSecretRef} names the Kubernetes Secret
 * that holds them, which aws-sync reads when it applies the action.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableAuthenticateOidcActionConfig.class)
@JsonDeserialize(as = ImmutableAuthenticateOidcActionConfig.class)
public interface AuthenticateOidcActionConfig {

  @JsonProperty("Issuer")
  String issuer();

  @JsonProperty("AuthorizationEndpoint")
  String authorizationEndpoint();

  @JsonProperty("TokenEndpoint")
  String tokenEndpoint();

  @JsonProperty("UserInfoEndpoint")
  String userInfoEndpoint();

  /** The Secret holding the OIDC client ID and client secret; never their values. */
  @JsonProperty("ClientCredentialsSecretRef")
  SecretReference clientCredentialsSecretRef();

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
  static ImmutableAuthenticateOidcActionConfig.Builder builder() {
    return ImmutableAuthenticateOidcActionConfig.builder();
  }
}
