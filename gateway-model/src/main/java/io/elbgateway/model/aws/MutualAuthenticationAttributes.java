/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import io.elbgateway.model.elb.MutualAuthenticationMode;
import io.elbgateway.model.elb.OnOff;
import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The mutual TLS settings of an HTTPS listener. {@code trustStore} is required in {@code verify}
 * mode, and {@code trustStore}, {@code ignoreClientCertificateExpiry} and {@code
 * advertiseTrustStoreCaNames} are only allowed in it (CRD rules).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableMutualAuthenticationAttributes.class)
@JsonDeserialize(as = ImmutableMutualAuthenticationAttributes.class)
public interface MutualAuthenticationAttributes {

  /** The client certificate handling: off, passthrough or verify. */
  MutualAuthenticationMode mode();

  /** The trust store name or ARN; names are looked up with {@code DescribeTrustStores}. */
  Optional<String> trustStore();

  /**
   * Whether expired client certificates are accepted; the controller treats unset as false in
   * verify mode.
   */
  Optional<Boolean> ignoreClientCertificateExpiry();

  /** Whether the listener advertises the trust store's CA names. */
  Optional<OnOff> advertiseTrustStoreCaNames();

  /** A builder. */
  static ImmutableMutualAuthenticationAttributes.Builder builder() {
    return ImmutableMutualAuthenticationAttributes.builder();
  }
}
