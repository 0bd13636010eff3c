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

/** The {@code spec} of a {@link TCPRoute}: no hostnames, no matches. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTCPRouteSpec.class)
@JsonDeserialize(as = ImmutableTCPRouteSpec.class)
public interface TCPRouteSpec extends RouteSpec {

  /** The rules, 1 to 16. */
  @Override
  List<TCPRouteRule> rules();

  /** A builder. */
  static ImmutableTCPRouteSpec.Builder builder() {
    return ImmutableTCPRouteSpec.builder();
  }
}
