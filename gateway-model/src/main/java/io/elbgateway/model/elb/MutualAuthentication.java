/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The mutual TLS settings of an ALB HTTPS listener ({@code MutualAuthentication}). */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableMutualAuthentication.class)
@JsonDeserialize(as = ImmutableMutualAuthentication.class)
public interface MutualAuthentication {

  @JsonProperty("Mode")
  @Value.Default
  default MutualAuthenticationMode mode() {
    return MutualAuthenticationMode.OFF;
  }

  /** The trust store (verify mode): an ARN, or a name aws-sync resolves to one. */
  @JsonProperty("TrustStoreArn")
  Optional<String> trustStore();

  @JsonProperty("IgnoreClientCertificateExpiry")
  Optional<Boolean> ignoreClientCertificateExpiry();

  @JsonProperty("AdvertiseTrustStoreCaNames")
  Optional<OnOff> advertiseTrustStoreCaNames();

  /** A builder. */
  static ImmutableMutualAuthentication.Builder builder() {
    return ImmutableMutualAuthentication.builder();
  }
}
