/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Gateway API {@code HTTPHeaderFilter}: the config of a {@code RequestHeaderModifier} or {@code
 * ResponseHeaderModifier} filter. One action per header name.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHTTPHeaderFilter.class)
@JsonDeserialize(as = ImmutableHTTPHeaderFilter.class)
public interface HTTPHeaderFilter {

  /** Headers to overwrite; at most 16, keyed by name. */
  List<HTTPHeader> set();

  /** Headers to append to; at most 16, keyed by name. */
  List<HTTPHeader> add();

  /** Header names to remove; at most 16. */
  List<String> remove();

  /** A builder. */
  static ImmutableHTTPHeaderFilter.Builder builder() {
    return ImmutableHTTPHeaderFilter.builder();
  }
}
