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
 * Gateway API {@code HTTPBackendRef}: a weighted backend of an HTTPRoute rule, with filters that
 * run only for requests sent to it.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHTTPBackendRef.class)
@JsonDeserialize(as = ImmutableHTTPBackendRef.class)
public interface HTTPBackendRef extends BackendRef {

  /** Filters for this backend only; at most 16. */
  List<HTTPRouteFilter> filters();

  /** A builder. */
  static ImmutableHTTPBackendRef.Builder builder() {
    return ImmutableHTTPBackendRef.builder();
  }
}
