/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Hostname matching, listener/route intersection and specificity (§3.3, §3.4, §4.1, §4.2). */
final class Hostnames {

  private Hostnames() {}

  /** Whether a hostname is a wildcard ({@code *.example.com}). */
  static boolean isWildcard(String hostname) {
    return hostname.startsWith("*.");
  }

  /**
   * Whether {@code pattern} (exact or wildcard) matches the request host {@code host} (already
   * without port and lower-cased). §3.3: a wildcard is a suffix match covering one or more labels
   * and never the bare suffix ({@code *.example.com} does not match {@code example.com}).
   */
  static boolean matches(String pattern, String host) {
    if (isWildcard(pattern)) {
      String suffix = pattern.substring(1); // ".example.com"
      return host.length() > suffix.length() && host.endsWith(suffix);
    }
    return pattern.equals(host);
  }

  /** Whether hostname {@code a} (exact or wildcard) covers every host {@code b} covers. */
  static boolean covers(String a, String b) {
    if (!isWildcard(a)) {
      return a.equals(b);
    }
    if (isWildcard(b)) {
      return b.substring(1).endsWith(a.substring(1));
    }
    return matches(a, b);
  }

  /**
   * The hostnames a route serves through a listener (§3.4), or empty when they do not intersect
   * (the route does not attach: {@code NoMatchingListenerHostname}). An empty list inside the
   * optional means "every host". Names that do not intersect the listener's are dropped.
   */
  static Optional<List<String>> intersect(Optional<String> listenerHostname, List<String> routeHostnames) {
    if (listenerHostname.isEmpty()) {
      return Optional.of(List.copyOf(routeHostnames));
    }
    String listener = listenerHostname.get();
    if (routeHostnames.isEmpty()) {
      return Optional.of(List.of(listener));
    }
    List<String> result = new ArrayList<>();
    for (String route : routeHostnames) {
      if (covers(listener, route)) {
        result.add(route); // equal, or listener wildcard covering the route name: the route's name
      } else if (covers(route, listener)) {
        result.add(listener); // route wildcard covering the listener name: the listener's name
      }
    }
    return result.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(result));
  }

  /**
   * Whether two effective hostname lists (empty = every host) share some host: one of them is
   * empty, or a name of one covers a name of the other.
   */
  static boolean overlap(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    for (String x : a) {
      for (String y : b) {
        if (covers(x, y) || covers(y, x)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The request host as matched: the Host header without its port (§3.3: the port is ignored) and
   * lower-cased (DNS names compare without regard to case; spec hostnames are lower case, §2.1).
   */
  static String requestHost(String hostWithoutPort) {
    String host = hostWithoutPort.toLowerCase(Locale.ROOT);
    return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
  }

  /**
   * Listener specificity (§4.1): exact &gt; wildcard &gt; none; among wildcards more labels to the
   * right of {@code *} wins, then the longer name. Larger is more specific.
   */
  static long listenerSpecificity(Optional<String> hostname) {
    if (hostname.isEmpty()) {
      return 0;
    }
    String name = hostname.get();
    if (!isWildcard(name)) {
      return 3_000_000L;
    }
    long labels = name.chars().filter(c -> c == '.').count();
    return 1_000_000L + labels * 1000 + name.length();
  }
}
