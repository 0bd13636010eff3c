/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.ObjectReference;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** Experimental: how a Gateway validates client certificates: trusted CAs and the validation mode. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableFrontendTLSValidation.class)
@JsonDeserialize(as = ImmutableFrontendTLSValidation.class)
public interface FrontendTLSValidation {

  /** 1 to 8 objects holding PEM CA bundles (Core: a ConfigMap with key {@code ca.crt}). */
  List<ObjectReference> caCertificateRefs();

  /** AllowValidOnly (default) or AllowInsecureFallback. */
  @Value.Default
  default FrontendValidationModeType mode() {
    return FrontendValidationModeType.ALLOW_VALID_ONLY;
  }

  /** A builder. */
  static ImmutableFrontendTLSValidation.Builder builder() {
    return ImmutableFrontendTLSValidation.builder();
  }
}
