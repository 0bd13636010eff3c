/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A subject alternative name a backend certificate must carry: a hostname or a URI (e.g. a SPIFFE id). */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSubjectAltName.class)
@JsonDeserialize(as = ImmutableSubjectAltName.class)
public interface SubjectAltName {

  SubjectAltNameType type();

  /** Set exactly when {@code type} is Hostname. */
  Optional<String> hostname();

  /** Set exactly when {@code type} is URI; an absolute URI with scheme. */
  Optional<String> uri();

  /** A builder. */
  static ImmutableSubjectAltName.Builder builder() {
    return ImmutableSubjectAltName.builder();
  }
}
