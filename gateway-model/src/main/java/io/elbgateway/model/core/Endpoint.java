/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.core;

import io.elbgateway.model.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** One endpoint of an {@link EndpointSlice}: usually one pod, with its addresses and readiness. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableEndpoint.class)
@JsonDeserialize(as = ImmutableEndpoint.class)
public interface Endpoint {

  /** The addresses (of the slice's address type); consumers use the first. */
  List<String> addresses();

  @Value.Default
  default EndpointConditions conditions() {
    return EndpointConditions.builder().build();
  }

  Optional<String> hostname();

  /** The node that hosts the endpoint. */
  Optional<String> nodeName();

  /** The zone the endpoint runs in, e.g. {@code us-west-2a}. */
  Optional<String> zone();

  /** The object behind the endpoint, usually a Pod. */
  Optional<EndpointTargetReference> targetRef();

  /** A builder. */
  static ImmutableEndpoint.Builder builder() {
    return ImmutableEndpoint.builder();
  }
}
