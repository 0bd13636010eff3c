/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.attach;

import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.meta.ParentReference;
import java.util.Comparator;
import java.util.List;

/**
 * A route accepted by one listener through one parentRef, before listener isolation and grouping
 * by port: a {@link RouteAttachment} plus the indexes it is ordered by (route key, then the
 * parentRef's index in the route, then the listener's position in the Gateway's listener list).
 */
final class AttachmentDraft {

  static final Comparator<AttachmentDraft> ORDER =
      Comparator.<AttachmentDraft, ObjectKey>comparing(a -> a.route.key())
          .thenComparingInt(a -> a.parentRefIndex)
          .thenComparingInt(a -> a.listenerIndex);

  private final Route route;
  private final ParentReference parentRef;
  private final int parentRefIndex;
  private final int listenerIndex;
  private final ResolvedListener listener;
  private final List<String> hostnames;
  private final boolean isolated;

  AttachmentDraft(
      Route route,
      ParentReference parentRef,
      int parentRefIndex,
      int listenerIndex,
      ResolvedListener listener,
      List<String> hostnames) {
    this(route, parentRef, parentRefIndex, listenerIndex, listener, hostnames, false);
  }

  private AttachmentDraft(
      Route route,
      ParentReference parentRef,
      int parentRefIndex,
      int listenerIndex,
      ResolvedListener listener,
      List<String> hostnames,
      boolean isolated) {
    this.route = route;
    this.parentRef = parentRef;
    this.parentRefIndex = parentRefIndex;
    this.listenerIndex = listenerIndex;
    this.listener = listener;
    this.hostnames = List.copyOf(hostnames);
    this.isolated = isolated;
  }

  Route route() {
    return route;
  }

  int listenerIndex() {
    return listenerIndex;
  }

  ResolvedListener listener() {
    return listener;
  }

  List<String> hostnames() {
    return hostnames;
  }

  /** The same attachment serving other hostnames. */
  AttachmentDraft withHostnames(List<String> others) {
    return new AttachmentDraft(route, parentRef, parentRefIndex, listenerIndex, listener, others, isolated);
  }

  /** The same attachment, serving nothing: a more specific listener owns all its hostnames. */
  AttachmentDraft isolated() {
    return new AttachmentDraft(route, parentRef, parentRefIndex, listenerIndex, listener, hostnames, true);
  }

  RouteAttachment build() {
    return RouteAttachment.builder()
        .route(route)
        .parentRef(parentRef)
        .listener(listener)
        .hostnames(hostnames)
        .isolated(isolated)
        .build();
  }
}
