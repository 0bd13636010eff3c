/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The spec of a BackendTLSPolicy: the targets, how to validate their certificates, and options. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableBackendTLSPolicySpec.class)
@JsonDeserialize(as = ImmutableBackendTLSPolicySpec.class)
public interface BackendTLSPolicySpec {

  /** 1 to 16 targets in the policy's namespace (v1.4.1 advises exactly one). */
  List<LocalPolicyTargetReferenceWithSectionName> targetRefs();

  BackendTLSPolicyValidation validation();

  /** Implementation-specific options (at most 16), keys domain-prefixed. */
  Map<String, String> options();

  /** A builder. */
  static ImmutableBackendTLSPolicySpec.Builder builder() {
    return ImmutableBackendTLSPolicySpec.builder();
  }
}
