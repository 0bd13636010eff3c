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

/** The {@code spec} of an {@link HTTPRoute}. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHTTPRouteSpec.class)
@JsonDeserialize(as = ImmutableHTTPRouteSpec.class)
public interface HTTPRouteSpec extends RouteSpec {

  /** The hostnames to match, at most 16; a leading {@code *.} label is a wildcard. */
  @Override
  List<String> hostnames();

  /**
   * The rules, 1 to 16. When the manifest has none, the API server stores one rule matching every
   * request ({@code PathPrefix /}) and so does this model.
   */
  @Override
  @Value.Default
  default List<HTTPRouteRule> rules() {
    return List.of(HTTPRouteRule.builder().build());
  }

  /** A builder. */
  static ImmutableHTTPRouteSpec.Builder builder() {
    return ImmutableHTTPRouteSpec.builder();
  }
}
