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

/** The {@code spec} of a {@link GRPCRoute}. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableGRPCRouteSpec.class)
@JsonDeserialize(as = ImmutableGRPCRouteSpec.class)
public interface GRPCRouteSpec extends RouteSpec {

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
