/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.attach;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.gateway.ListenerDefinition;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.meta.RouteGroupKind;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One listener of a Gateway, from the Gateway itself or from a ListenerSet attached to it, after
 * validation: its effective protocol, hostname and supported route kinds, and whether it can carry
 * traffic (accepted and not conflicted).
 */
@Value.Immutable
@ModelStyle
public interface ResolvedListener {

  /** The object routes name in {@code parentRefs} to reach it: the Gateway, or the ListenerSet. */
  ObjectKey parent();

  String name();

  int port();

  /** The listener protocol as written ({@code HTTP}, {@code HTTPS}, ...). */
  String protocol();

  Optional<String> hostname();

  /** The listener as written. */
  ListenerDefinition definition();

  /** The route kinds the listener accepts. */
  List<RouteGroupKind> supportedKinds();

  /** Whether the listener is accepted and not conflicted, so routes may attach to it. */
  boolean usable();

  /** A builder. */
  static ImmutableResolvedListener.Builder builder() {
    return ImmutableResolvedListener.builder();
  }
}
