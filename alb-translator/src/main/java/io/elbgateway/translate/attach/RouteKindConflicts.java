/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.attach;

import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.meta.RouteGroupKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTPRoute and a GRPCRoute on one listener whose hostnames intersect: the spec (GRPCRoute
 * {@code hostnames}, Core) has exactly one of them accepted there, the older by
 * {@code creationTimestamp}, then the first by {@code namespace/name}. Routes are taken oldest first;
 * one loses on a listener when a route of the other kind already taken there shares a hostname
 * with it (no hostname means every hostname). A route without a creation time counts as newest.
 */
final class RouteKindConflicts {

  static final Comparator<Route> AGE =
      Comparator.<Route, Instant>comparing(r -> r.metadata().creationTimestamp().orElse(Instant.MAX))
          .thenComparing(r -> r.key().namespace())
          .thenComparing(r -> r.key().name())
          .thenComparing(Route::key);

  private RouteKindConflicts() {}

  /**
   * The attachments that lose, each with the attachment that beat it; the others stand. The map
   * iterates in the order of {@code attachments}.
   */
  static Map<AttachmentDraft, AttachmentDraft> losers(List<AttachmentDraft> attachments) {
    Map<Integer, List<AttachmentDraft>> byListener = new TreeMap<>();
    attachments.forEach(a -> byListener.computeIfAbsent(a.listenerIndex(), i -> new ArrayList<>()).add(a));
    Map<AttachmentDraft, AttachmentDraft> found = new LinkedHashMap<>();
    for (List<AttachmentDraft> onListener : byListener.values()) {
      List<AttachmentDraft> byAge = new ArrayList<>(onListener);
      byAge.sort(Comparator.comparing(AttachmentDraft::route, AGE));
      Map<RouteGroupKind, List<AttachmentDraft>> taken = new LinkedHashMap<>();
      for (AttachmentDraft candidate : byAge) {
        RouteGroupKind kind = RouteKinds.of(candidate.route());
        AttachmentDraft winner = null;
        for (Map.Entry<RouteGroupKind, List<AttachmentDraft>> other : taken.entrySet()) {
          if (other.getKey().equals(kind)) {
            continue;
          }
          for (AttachmentDraft older : other.getValue()) {
            if (overlap(older.hostnames(), candidate.hostnames())) {
              winner = older;
              break;
            }
          }
          if (winner != null) {
            break;
          }
        }
        if (winner == null) {
          taken.computeIfAbsent(kind, k -> new ArrayList<>()).add(candidate);
        } else {
          found.put(candidate, winner);
        }
      }
    }
    Map<AttachmentDraft, AttachmentDraft> ordered = new LinkedHashMap<>();
    attachments.stream().filter(found::containsKey).forEach(a -> ordered.put(a, found.get(a)));
    return ordered;
  }

  /** Whether two effective hostname lists share a host; an empty list is every host. */
  static boolean overlap(List<String> one, List<String> other) {
    if (one.isEmpty() || other.isEmpty()) {
      return true;
    }
    for (String a : one) {
      for (String b : other) {
        if (Hostnames.intersection(a, b).isPresent()) {
          return true;
        }
      }
    }
    return false;
  }
}
