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

/** The {@code spec} of a {@link TLSRoute}. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTLSRouteSpec.class)
@JsonDeserialize(as = ImmutableTLSRouteSpec.class)
public interface TLSRouteSpec extends RouteSpec {

  /**
   * The SNI hostnames to match, at most 16; optional in {@code v1alpha2}, 1 to 16 in {@code
   * v1alpha3} and {@code v1}.
   */
  @Override
  List<String> hostnames();

  /** The rules: 1 to 16 in {@code v1alpha2}, exactly 1 in {@code v1alpha3} and {@code v1}. */
  @Override
  List<TLSRouteRule> rules();

  /** A builder. */
  static ImmutableTLSRouteSpec.Builder builder() {
    return ImmutableTLSRouteSpec.builder();
  }
}
