/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.attach;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Listener isolation (Extended, gateway-api.md §2.3 and the last bullets of §3.4): a request is
 * served only by the routes of the most specific listener that matches its host. On a listener with
 * a wildcard hostname or none, a route's effective hostnames lose every name a more specific usable
 * listener on the same port covers ({@code foo.example.com} on {@code *.example.com} when a
 * {@code foo.example.com} listener exists). An attachment left with no hostname is marked
 * {@linkplain RouteAttachment#isolated() isolated}: it serves nothing on that listener, but its
 * references are still checked (the route stays attached; its other listeners serve it).
 *
 * <p>What this cannot remove is left to the rules: an attachment that serves any host (empty
 * hostnames) or a wildcard still overlapping a more specific listener's hostname must not answer
 * that listener's hosts; {@link #moreSpecific} names those listeners.
 */
final class ListenerIsolation {

  private ListenerIsolation() {}

  /** The attachments with isolation applied; the order is kept. */
  static List<AttachmentDraft> apply(List<ResolvedListener> listeners, List<AttachmentDraft> attachments) {
    Map<Integer, List<String>> ownedByIndex = new HashMap<>();
    List<AttachmentDraft> isolated = new ArrayList<>();
    for (AttachmentDraft attachment : attachments) {
      List<String> owned =
          ownedByIndex.computeIfAbsent(
              attachment.listenerIndex(),
              i -> moreSpecific(listeners, listeners.get(i)).stream().map(l -> l.hostname().orElseThrow()).toList());
      if (owned.isEmpty() || attachment.hostnames().isEmpty()) {
        isolated.add(attachment);
        continue;
      }
      List<String> kept = new ArrayList<>();
      for (String hostname : attachment.hostnames()) {
        if (owned.stream().noneMatch(o -> Hostnames.covers(o, hostname))) {
          kept.add(hostname);
        }
      }
      isolated.add(kept.isEmpty() ? attachment.isolated() : attachment.withHostnames(kept));
    }
    return isolated;
  }

  /**
   * The usable listeners on {@code listener}'s port whose hostname is strictly more specific than
   * its own (any hostname, when it has none), in listener order.
   */
  static List<ResolvedListener> moreSpecific(List<ResolvedListener> listeners, ResolvedListener listener) {
    List<ResolvedListener> result = new ArrayList<>();
    Optional<String> own = listener.hostname();
    for (ResolvedListener other : listeners) {
      if (other.equals(listener) || !other.usable() || other.port() != listener.port() || other.hostname().isEmpty()) {
        continue;
      }
      String hostname = other.hostname().get();
      if (own.isEmpty() || Hostnames.strictlyCovers(own.get(), hostname)) {
        result.add(other);
      }
    }
    return result;
  }
}
