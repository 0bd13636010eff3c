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

/** One rule of a {@link GRPCRoute}: matches, filters, backends and session persistence. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableGRPCRouteRule.class)
@JsonDeserialize(as = ImmutableGRPCRouteRule.class)
public interface GRPCRouteRule extends RouteRule {

  /** The rule's name ({@code SectionName}), unique within the route. */
  @Override
  Optional<String> name();

  /** The matches, any of which selects the rule; none matches every gRPC request. At most 64. */
  List<GRPCRouteMatch> matches();

  /** The filters; at most 16. */
  List<GRPCRouteFilter> filters();

  /** The backends, at most 16. */
  @Override
  List<GRPCBackendRef> backendRefs();

  /** Session persistence (experimental). */
  Optional<SessionPersistence> sessionPersistence();

  /** A builder. */
  static ImmutableGRPCRouteRule.Builder builder() {
    return ImmutableGRPCRouteRule.builder();
  }
}
