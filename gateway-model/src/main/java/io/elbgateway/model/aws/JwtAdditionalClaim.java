/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import io.elbgateway.model.elb.JwtClaimFormat;
import io.elbgateway.model.ModelStyle;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A claim, beyond the standard ones, that a jwt-validation action requires in the token. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableJwtAdditionalClaim.class)
@JsonDeserialize(as = ImmutableJwtAdditionalClaim.class)
public interface JwtAdditionalClaim {

  /** How the claim's value is written in the token. */
  JwtClaimFormat format();

  /**
   * The claim name (not {@code exp}, {@code iss}, {@code nbf} or {@code iat}, which are always
   * checked).
   */
  String name();

  /** The accepted values: 1 to 10, each at most 256 characters. */
  List<String> values();

  /** A builder. */
  static ImmutableJwtAdditionalClaim.Builder builder() {
    return ImmutableJwtAdditionalClaim.builder();
  }
}
