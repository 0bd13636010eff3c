/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.attach;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.meta.ParentReference;
import java.util.List;
import org.immutables.value.Value;

/**
 * A route attached to one listener through one of its parentRefs, with the hostnames it serves
 * there (the intersection of the route's and the listener's; empty means any host).
 */
@Value.Immutable
@ModelStyle
public interface RouteAttachment {

  Route route();

  /** The parentRef, as written, through which the route attached. */
  ParentReference parentRef();

  ResolvedListener listener();

  /** The effective hostnames on this listener; empty when neither side names any. */
  List<String> hostnames();

  /**
   * Whether every hostname the route has on this listener belongs to a more specific listener of
   * the same port (listener isolation): the route serves nothing here, yet its references are still
   * checked, so its status tells the truth about them.
   */
  @Value.Default
  default boolean isolated() {
    return false;
  }

  /** A builder. */
  static ImmutableRouteAttachment.Builder builder() {
    return ImmutableRouteAttachment.builder();
  }
}
