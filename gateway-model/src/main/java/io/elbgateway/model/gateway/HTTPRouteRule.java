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
 * One rule of an {@link HTTPRoute}: matches, filters, backends and the per-rule timeouts, retry and
 * session persistence.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHTTPRouteRule.class)
@JsonDeserialize(as = ImmutableHTTPRouteRule.class)
public interface HTTPRouteRule extends RouteRule {

  /** The rule's name ({@code SectionName}), unique within the route. */
  @Override
  Optional<String> name();

  /**
   * The matches, any of which selects the rule; at most 64. When the manifest has none, the API
   * server stores one {@code PathPrefix /} match and so does this model.
   */
  @Value.Default
  default List<HTTPRouteMatch> matches() {
    return List.of(HTTPRouteMatch.builder().build());
  }

  /** The filters, applied in order; at most 16. */
  List<HTTPRouteFilter> filters();

  /** The backends, at most 16. */
  @Override
  List<HTTPBackendRef> backendRefs();

  /** Request and backend-request timeouts (Extended). */
  Optional<HTTPRouteTimeouts> timeouts();

  /** Retry policy (Extended; experimental in v1.4). */
  Optional<HTTPRouteRetry> retry();

  /** Session persistence (experimental). */
  Optional<SessionPersistence> sessionPersistence();

  /** A builder. */
  static ImmutableHTTPRouteRule.Builder builder() {
    return ImmutableHTTPRouteRule.builder();
  }
}
