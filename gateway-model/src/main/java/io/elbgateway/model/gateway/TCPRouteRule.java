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

/** One rule of a {@link TCPRoute}: an optional name and 1 to 16 weighted backends. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTCPRouteRule.class)
@JsonDeserialize(as = ImmutableTCPRouteRule.class)
public interface TCPRouteRule extends RouteRule {

  /** The rule's name ({@code SectionName}), unique within the route. */
  @Override
  Optional<String> name();

  /** The backends, 1 to 16; weights are Extended support. */
  @Override
  List<BackendRef> backendRefs();

  /** A builder. */
  static ImmutableTCPRouteRule.Builder builder() {
    return ImmutableTCPRouteRule.builder();
  }
}
