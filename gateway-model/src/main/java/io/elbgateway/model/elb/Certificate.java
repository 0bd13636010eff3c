/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A listener certificate ({@code Certificate}): an ACM or IAM certificate ARN, and whether it is
 * the default one served without SNI match.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableCertificate.class)
@JsonDeserialize(as = ImmutableCertificate.class)
public interface Certificate {

  @JsonProperty("CertificateArn")
  String certificateArn();

  /** Whether this is the listener's default certificate; exactly one per TLS listener. */
  @JsonProperty("IsDefault")
  @Value.Default
  default boolean defaultCertificate() {
    return false;
  }

  /** A certificate. */
  static Certificate of(String arn, boolean isDefault) {
    return builder().certificateArn(arn).defaultCertificate(isDefault).build();
  }

  /** A builder. */
  static ImmutableCertificate.Builder builder() {
    return ImmutableCertificate.builder();
  }
}
