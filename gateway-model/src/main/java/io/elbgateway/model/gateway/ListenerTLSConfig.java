/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.SecretObjectReference;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The TLS settings of a listener: mode, certificates and implementation-specific options. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableListenerTLSConfig.class)
@JsonDeserialize(as = ImmutableListenerTLSConfig.class)
public interface ListenerTLSConfig {

  /** Terminate (default) or Passthrough. */
  @Value.Default
  default TLSModeType mode() {
    return TLSModeType.TERMINATE;
  }

  /**
   * Certificates and keys (at most 64; Core: one Secret of type {@code kubernetes.io/tls}). In
   * Terminate mode at least one certificate or one option is required.
   */
  List<SecretObjectReference> certificateRefs();

  /**
   * Older experimental channel (v1.1 - v1.2): client certificate validation for this listener,
   * which later moved to the Gateway's {@code tls.frontend}.
   */
  Optional<FrontendTLSValidation> frontendValidation();

  /** Implementation-specific options (at most 16), keys domain-prefixed. */
  Map<String, String> options();

  /** A builder. */
  static ImmutableListenerTLSConfig.Builder builder() {
    return ImmutableListenerTLSConfig.builder();
  }
}
