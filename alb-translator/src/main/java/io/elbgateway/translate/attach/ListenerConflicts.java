/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.attach;

import io.elbgateway.translate.status.Reasons;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Conflicts between listeners (gateway-api.md §2.3, "Distinct / conflicting listeners"): on one
 * port every listener must speak the same protocol ({@code ProtocolConflict}) and no two may share
 * a hostname, or both have none ({@code HostnameConflict}).
 *
 * <p>Among the Gateway's own listeners the spec forbids picking a winner: every listener in a
 * conflict is marked. A ListenerSet entry comes after the Gateway's listeners and after the entries
 * placed before it; when it conflicts with one of those it alone is marked. Only listeners that
 * passed their own checks take part: a TCP listener an ALB never serves conflicts with nothing.
 */
final class ListenerConflicts {

  private ListenerConflicts() {}

  /** Marks the conflicted listeners among {@code listeners}, which are in precedence order. */
  static void mark(List<ListenerDraft> listeners) {
    List<ListenerDraft> gateway =
        listeners.stream().filter(l -> l.fromGateway() && l.accepted()).collect(Collectors.toList());
    markAmongEquals(gateway);
    List<ListenerDraft> placed = new ArrayList<>(gateway);
    for (ListenerDraft entry : listeners) {
      if (entry.fromGateway() || !entry.accepted()) {
        continue;
      }
      markAgainstEarlier(entry, placed);
      if (!entry.isConflicted()) {
        placed.add(entry);
      }
    }
  }

  private static void markAmongEquals(List<ListenerDraft> listeners) {
    Map<Integer, List<ListenerDraft>> byPort = new TreeMap<>();
    listeners.forEach(l -> byPort.computeIfAbsent(l.port(), p -> new ArrayList<>()).add(l));
    byPort.forEach(
        (port, onPort) -> {
          TreeSet<String> protocols =
              onPort.stream().map(l -> l.coreProtocol().orElse("")).collect(Collectors.toCollection(TreeSet::new));
          if (protocols.size() > 1) {
            String message =
                "port " + port + " is used with protocols " + String.join(" and ", protocols) + " by "
                    + names(onPort) + "; listeners on one port must share the protocol, move one of them to another port";
            onPort.forEach(l -> l.conflicted(Reasons.PROTOCOL_CONFLICT, l.field(".port") + ": " + message));
            return;
          }
          for (ListenerDraft listener : onPort) {
            List<ListenerDraft> same =
                onPort.stream().filter(o -> Objects.equals(o.hostname(), listener.hostname())).collect(Collectors.toList());
            if (same.size() > 1) {
              listener.conflicted(
                  Reasons.HOSTNAME_CONFLICT,
                  listener.field(".hostname")
                      + ": "
                      + names(same)
                      + " all use port "
                      + port
                      + " and "
                      + hostnameText(listener)
                      + "; give each listener on a port its own hostname");
            }
          }
        });
  }

  private static void markAgainstEarlier(ListenerDraft entry, List<ListenerDraft> earlier) {
    for (ListenerDraft other : earlier) {
      if (other.port() != entry.port()) {
        continue;
      }
      if (!other.coreProtocol().equals(entry.coreProtocol())) {
        entry.conflicted(
            Reasons.PROTOCOL_CONFLICT,
            entry.field(".port")
                + ": port "
                + entry.port()
                + " already serves "
                + other.coreProtocol().orElse(other.definition().protocol())
                + " for "
                + source(other)
                + ", which takes precedence; use another port");
        return;
      }
      if (Objects.equals(other.hostname(), entry.hostname())) {
        entry.conflicted(
            Reasons.HOSTNAME_CONFLICT,
            entry.field(".hostname")
                + ": port "
                + entry.port()
                + " with "
                + hostnameText(entry)
                + " is already taken by "
                + source(other)
                + ", which takes precedence; use another hostname or port");
        return;
      }
    }
  }

  private static String names(List<ListenerDraft> listeners) {
    return "listeners " + listeners.stream().map(l -> "\"" + l.name() + "\"").collect(Collectors.joining(", "));
  }

  private static String hostnameText(ListenerDraft listener) {
    return listener.hostname().map(h -> "hostname " + h).orElse("no hostname");
  }

  private static String source(ListenerDraft listener) {
    return listener.describe() + (listener.fromGateway() ? " of " + listener.owner().key().display() : "");
  }
}
