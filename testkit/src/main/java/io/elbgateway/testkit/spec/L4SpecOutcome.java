/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.gateway.Listener;
import io.elbgateway.model.meta.ObjectKey;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the Gateway API asks for one connection to a TCP, UDP or TLS listener: the listener that
 * takes it, the one route that carries that listener's traffic, and the backend Service ports it
 * reaches with their shares; or why the connection is refused (TCP, TLS) or dropped (UDP).
 */
@Value.Immutable
@ModelStyle
public interface L4SpecOutcome {

  /** The listener that takes the connection, if one does. */
  Optional<Listener> listener();

  /** The route that carries the listener's traffic, if one is attached. */
  Optional<ObjectKey> route();

  /**
   * The valid backend Service ports with a weight above 0, each once (weights of repeated
   * backendRefs added), with share = weight / the sum of every backend's weight, valid or not.
   */
  List<BackendShare> backends();

  /** The share of connections the spec rejects for the invalid backends (§6.5). */
  double invalidShare();

  /**
   * Whether the connection's SNI fits the listener's hostname and the route's hostnames (always
   * true without SNI or for a non-TLS listener). The spec routes TLS by SNI; where it does not
   * fit, the spec refuses the connection; {@link #backends()} still names what the route carries.
   */
  boolean sniMatches();

  /** Why nothing is reached, when {@link #backends()} is empty. */
  Optional<String> refused();

  /** Whether the connection reaches a backend as the spec asks. */
  default boolean reached() {
    return !backends().isEmpty() && sniMatches();
  }

  /** A builder. */
  static ImmutableL4SpecOutcome.Builder builder() {
    return ImmutableL4SpecOutcome.builder();
  }
}
