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
 * A claim a jwt-validation action checks besides {@code exp}, {@code iss}, {@code nbf} and {@code
 * iat}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableJwtValidationAdditionalClaim.class)
@JsonDeserialize(as = ImmutableJwtValidationAdditionalClaim.class)
public interface JwtValidationAdditionalClaim {

  @JsonProperty("Format")
  JwtClaimFormat format();

  @JsonProperty("Name")
  String name();

  /** The accepted values, at most 10. */
  @JsonProperty("Values")
  List<String> values();

  /** A builder. */
  static ImmutableJwtValidationAdditionalClaim.Builder builder() {
    return ImmutableJwtValidationAdditionalClaim.builder();
  }
}
