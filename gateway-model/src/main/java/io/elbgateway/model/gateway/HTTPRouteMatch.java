/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Gateway API {@code HTTPRouteMatch}: conditions that all must hold (path, headers, query
 * parameters, method) for a request to match.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHTTPRouteMatch.class)
@JsonDeserialize(as = ImmutableHTTPRouteMatch.class)
public interface HTTPRouteMatch {

  /** The path match; {@code PathPrefix /} (every path) when the manifest has none. */
  @Value.Default
  default HTTPPathMatch path() {
    return HTTPPathMatch.builder().build();
  }

  /** Header matches, all of which must hold; at most 16, keyed by name. */
  List<HTTPHeaderMatch> headers();

  /** Query parameter matches, all of which must hold; at most 16, keyed by name (Extended). */
  List<HTTPQueryParamMatch> queryParams();

  /** The method to match (Extended). */
  Optional<HTTPMethod> method();

  /** A builder. */
  static ImmutableHTTPRouteMatch.Builder builder() {
    return ImmutableHTTPRouteMatch.builder();
  }
}
