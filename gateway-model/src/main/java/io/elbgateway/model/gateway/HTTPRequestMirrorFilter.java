/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.BackendObjectReference;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Gateway API {@code HTTPRequestMirrorFilter}: copies requests to another backend and ignores its
 * responses. Neither {@code percent} nor {@code fraction} means every request.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHTTPRequestMirrorFilter.class)
@JsonDeserialize(as = ImmutableHTTPRequestMirrorFilter.class)
public interface HTTPRequestMirrorFilter {

  BackendObjectReference backendRef();

  /** The share of requests to mirror, 0-100; not together with {@link #fraction()}. */
  Optional<Integer> percent();

  /** The share of requests to mirror as a fraction; not together with {@link #percent()}. */
  Optional<Fraction> fraction();

  /** A builder. */
  static ImmutableHTTPRequestMirrorFilter.Builder builder() {
    return ImmutableHTTPRequestMirrorFilter.builder();
  }
}
