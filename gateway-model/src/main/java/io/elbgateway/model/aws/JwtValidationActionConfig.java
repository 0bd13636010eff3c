/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import io.elbgateway.model.ModelStyle;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A jwt-validation action: the request must carry a JSON Web Token from {@code issuer}, signed
 * with a key from {@code jwksEndpoint}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableJwtValidationActionConfig.class)
@JsonDeserialize(as = ImmutableJwtValidationActionConfig.class)
public interface JwtValidationActionConfig {

  /** The token issuer, at most 256 characters. */
  String issuer();

  /** The JWKS URL (full HTTPS URL), at most 256 characters. */
  String jwksEndpoint();

  /** Further claims the token must carry. */
  List<JwtAdditionalClaim> additionalClaims();

  /** A builder. */
  static ImmutableJwtValidationActionConfig.Builder builder() {
    return ImmutableJwtValidationActionConfig.builder();
  }
}
