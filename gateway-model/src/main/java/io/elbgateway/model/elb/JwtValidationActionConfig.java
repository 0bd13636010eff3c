/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.elbgateway.model.ModelStyle;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The {@code JwtValidationConfig} of a jwt-validation action (HTTPS listeners only): where the
 * signing keys are, the expected issuer and further claims.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableJwtValidationActionConfig.class)
@JsonDeserialize(as = ImmutableJwtValidationActionConfig.class)
public interface JwtValidationActionConfig {

  /** The HTTPS URL of the JSON Web Key Set. */
  @JsonProperty("JwksEndpoint")
  String jwksEndpoint();

  @JsonProperty("Issuer")
  String issuer();

  /** At most 10 further claims. */
  @JsonProperty("AdditionalClaims")
  List<JwtValidationAdditionalClaim> additionalClaims();

  /** A builder. */
  static ImmutableJwtValidationActionConfig.Builder builder() {
    return ImmutableJwtValidationActionConfig.builder();
  }
}
