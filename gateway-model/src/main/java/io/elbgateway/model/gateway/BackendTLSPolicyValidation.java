/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.LocalObjectReference;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * How a Gateway validates a backend's certificate: trusted CAs (explicit references xor the
 * well-known set), the SNI hostname, and optional subject alternative names.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableBackendTLSPolicyValidation.class)
@JsonDeserialize(as = ImmutableBackendTLSPolicyValidation.class)
public interface BackendTLSPolicyValidation {

  /** At most 8 CA bundles in the policy's namespace (Core: a ConfigMap with key {@code ca.crt}). */
  List<LocalObjectReference> caCertificateRefs();

  /** The well-known CA set to trust instead of {@code caCertificateRefs}. */
  Optional<WellKnownCACertificatesType> wellKnownCACertificates();

  /** The SNI to send, and the name to verify unless {@code subjectAltNames} is set (a PreciseHostname). */
  String hostname();

  /** At most 5 names, one of which the backend certificate must carry. */
  List<SubjectAltName> subjectAltNames();

  /** A builder. */
  static ImmutableBackendTLSPolicyValidation.Builder builder() {
    return ImmutableBackendTLSPolicyValidation.builder();
  }
}
