/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.attach;

import io.elbgateway.translate.status.Reasons;
import java.util.List;
import java.util.Optional;

/**
 * gateway-api.md §6.3: every HTTPS listener whose hostnames overlap another HTTPS listener's on the
 * same port gets {@code OverlappingTLSConfig=True/OverlappingHostnames} (e.g. {@code foo.example.com}
 * and {@code *.example.com}, or a listener without hostname next to any other): a client's TLS
 * handshake cannot tell which listener's certificate it will get. The listeners still serve.
 */
final class OverlappingTls {

  private OverlappingTls() {}

  /** Marks every usable HTTPS listener of the Gateway that overlaps another. */
  static void mark(List<ListenerDraft> listeners) {
    for (ListenerDraft listener : listeners) {
      if (!isHttps(listener) || !listener.usable()) {
        continue;
      }
      for (ListenerDraft other : listeners) {
        if (other != listener && isHttps(other) && other.usable() && other.port() == listener.port()
            && overlap(listener.hostname(), other.hostname())) {
          listener.overlappingTls(
              Reasons.OVERLAPPING_HOSTNAMES,
              ".spec.listeners[" + listener.index() + "].hostname: " + text(listener.hostname())
                  + " overlaps " + text(other.hostname()) + " of HTTPS listener \"" + other.name() + "\" on port "
                  + listener.port() + "; a client's TLS handshake may get either listener's certificate");
          break;
        }
      }
    }
  }

  private static boolean isHttps(ListenerDraft listener) {
    return listener.coreProtocol().filter("HTTPS"::equals).isPresent();
  }

  private static boolean overlap(Optional<String> a, Optional<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    return a.get().equals(b.get()) || Hostnames.covers(a.get(), b.get()) || Hostnames.covers(b.get(), a.get());
  }

  private static String text(Optional<String> hostname) {
    return hostname.map(h -> "hostname " + h).orElse("no hostname (every host)");
  }
}
