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

/** The {@code spec} of a {@link UDPRoute}: no hostnames, no matches. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableUDPRouteSpec.class)
@JsonDeserialize(as = ImmutableUDPRouteSpec.class)
public interface UDPRouteSpec extends RouteSpec {

  /** The rules, 1 to 16. */
  @Override
  List<UDPRouteRule> rules();

  /** A builder. */
  static ImmutableUDPRouteSpec.Builder builder() {
    return ImmutableUDPRouteSpec.builder();
  }
}
