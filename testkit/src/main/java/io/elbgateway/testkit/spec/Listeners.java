/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.Listener;
import io.elbgateway.model.gateway.ProtocolType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Which listeners of a Gateway serve HTTP on a port, and which of them a host selects (§2.3, §4.1). */
final class Listeners {

  private Listeners() {}

  /**
   * The listeners on {@code port} that serve HTTP requests: protocol HTTP or HTTPS, and not
   * conflicted (§2.3). Conflicts: a port whose listeners use incompatible protocols (HTTP with
   * anything else; TCP with HTTP, HTTPS or TLS; HTTPS and TLS are compatible) is in a protocol
   * conflict and every listener on it is conflicted; listeners with equal protocol and hostname are
   * in a hostname conflict. The spec forbids picking a winner, so conflicted listeners serve nothing.
   */
  static List<Listener> serving(Gateway gateway, int port) {
    List<Listener> onPort = new ArrayList<>();
    Set<String> protocols = new TreeSet<>();
    for (Listener listener : gateway.spec().listeners()) {
      if (listener.port() == port) {
        onPort.add(listener);
        String protocol = listener.protocol().toUpperCase(Locale.ROOT);
        if (!protocol.equals(ProtocolType.UDP)) {
          protocols.add(protocol);
        }
      }
    }
    if (protocolConflict(protocols)) {
      return List.of();
    }
    List<Listener> result = new ArrayList<>();
    for (Listener listener : onPort) {
      boolean http = listener.hasProtocol(ProtocolType.HTTP) || listener.hasProtocol(ProtocolType.HTTPS);
      long twins =
          onPort.stream()
              .filter(other -> other.protocol().equalsIgnoreCase(listener.protocol()))
              .filter(other -> other.hostname().equals(listener.hostname()))
              .count();
      if (http && twins == 1) {
        result.add(listener);
      }
    }
    return result;
  }

  private static boolean protocolConflict(Set<String> protocols) {
    if (protocols.size() <= 1) {
      return false;
    }
    return !(protocols.size() == 2 && protocols.contains(ProtocolType.HTTPS) && protocols.contains(ProtocolType.TLS));
  }

  /**
   * The listeners among {@code serving} whose hostname matches {@code host}, most specific first
   * (§4.1: exact &gt; wildcard with more labels &gt; none); ties by name.
   */
  static List<Listener> matching(List<Listener> serving, String host) {
    List<Listener> result = new ArrayList<>();
    for (Listener listener : serving) {
      if (listener.hostname().map(h -> Hostnames.matches(h, host)).orElse(true)) {
        result.add(listener);
      }
    }
    result.sort(
        Comparator.comparingLong((Listener l) -> -Hostnames.listenerSpecificity(l.hostname()))
            .thenComparing(Listener::name));
    return result;
  }
}
