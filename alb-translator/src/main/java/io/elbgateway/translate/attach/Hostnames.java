/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.attach;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Gateway API hostnames ({@code foo.example.com}, {@code *.example.com}) and their intersections.
 * A wildcard is a suffix match over one or more labels: {@code *.example.com} matches
 * {@code a.example.com} and {@code a.b.example.com}, never {@code example.com} (gateway-api.md
 * §3.3). Names are compared in lower case.
 */
public final class Hostnames {

  private Hostnames() {}

  static boolean isWildcard(String hostname) {
    return hostname.startsWith("*.");
  }

  /** Whether every name {@code specific} matches is matched by {@code general} (each may be a wildcard). */
  static boolean covers(String general, String specific) {
    String a = normal(general);
    String b = normal(specific);
    if (!isWildcard(a)) {
      return a.equals(b);
    }
    String suffix = a.substring(1); // ".example.com"
    if (isWildcard(b)) {
      String inner = b.substring(1);
      return inner.equals(suffix) || inner.endsWith(suffix);
    }
    return b.endsWith(suffix) && b.length() > suffix.length();
  }

  /**
   * Whether {@code specific} names strictly fewer hosts than {@code general}: covered by it and
   * not equal to it.
   */
  static boolean strictlyCovers(String general, String specific) {
    return covers(general, specific) && !normal(general).equals(normal(specific));
  }

  /** The names both match, as the more specific of the two; empty when they do not overlap. */
  static Optional<String> intersection(String one, String other) {
    if (covers(one, other)) {
      return Optional.of(normal(other));
    }
    if (covers(other, one)) {
      return Optional.of(normal(one));
    }
    return Optional.empty();
  }

  /**
   * The hostnames a route serves on a listener (gateway-api.md §3.4): neither side names any → an
   * empty list (any host); one side → that side's names; both → for each route name that overlaps
   * the listener's, the more specific of the two, without repeats, in the route's order. A
   * non-empty {@code routeHostnames} whose names all miss the listener's gives an empty optional.
   */
  public static Optional<List<String>> effective(Optional<String> listenerHostname, List<String> routeHostnames) {
    List<String> result = new ArrayList<>();
    if (listenerHostname.isEmpty()) {
      routeHostnames.stream().map(Hostnames::normal).distinct().forEach(result::add);
      return Optional.of(result);
    }
    if (routeHostnames.isEmpty()) {
      result.add(normal(listenerHostname.get()));
      return Optional.of(result);
    }
    for (String routeHostname : routeHostnames) {
      intersection(listenerHostname.get(), routeHostname)
          .filter(name -> !result.contains(name))
          .ifPresent(result::add);
    }
    return result.isEmpty() ? Optional.empty() : Optional.of(result);
  }

  static String normal(String hostname) {
    return hostname.toLowerCase(Locale.ROOT);
  }
}
