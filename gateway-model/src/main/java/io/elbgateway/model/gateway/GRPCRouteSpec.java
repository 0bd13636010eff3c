/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.ParentReference;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The {@code spec} of a {@link GRPCRoute}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableGRPCRouteSpec.class)
@JsonDeserialize(as = ImmutableGRPCRouteSpec.class)
public interface GRPCRouteSpec extends RouteSpec {

  /** The parents (usually Gateways) the route attaches to; at most 32. */
  @Override
  List<ParentReference> parentRefs();

  /** Experimental (GEP-3793): whether the route also attaches to the default Gateways. */
  @Override
  Optional<RouteDefaultGateways> useDefaultGateways();

  /** The hostnames to match, at most 16; a leading {@code *.} label is a wildcard. */
  @Override
  List<String> hostnames();

  /** The rules, at most 16. */
  @Override
  List<GRPCRouteRule> rules();

  /** A builder. */
  static ImmutableGRPCRouteSpec.Builder builder() {
    return ImmutableGRPCRouteSpec.builder();
  }
}
