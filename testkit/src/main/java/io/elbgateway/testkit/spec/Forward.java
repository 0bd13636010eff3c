/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import io.elbgateway.model.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The request is forwarded: each valid backend gets its share of the traffic, and the shares of
 * invalid backends are answered with HTTP 500 ({@link #errorShare()}, §6.5).
 */
@Value.Immutable
@ModelStyle
public non-sealed interface Forward extends SpecOutcome {

  /** The valid backends in rule order, with weight and share (weight / total weight of the rule). */
  List<BackendShare> backends();

  /** The share of traffic answered 500 because its backend is invalid (0 when all are valid). */
  double errorShare();

  /** Host and path after a {@code URLRewrite} filter; absent when the rule has none (§7.4). */
  Optional<Rewritten> rewritten();

  /** The share of the backend Service {@code namespace/name:port} (0 if it gets none). */
  default double share(String namespace, String name, int port) {
    return backends().stream()
        .filter(b -> b.namespace().equals(namespace) && b.name().equals(name) && b.port() == port)
        .mapToDouble(BackendShare::share)
        .sum();
  }

  /** A builder. */
  static ImmutableForward.Builder builder() {
    return ImmutableForward.builder();
  }
}
