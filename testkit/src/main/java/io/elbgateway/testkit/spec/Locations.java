/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import io.elbgateway.model.gateway.HTTPPathModifier;
import io.elbgateway.model.gateway.HTTPRequestRedirectFilter;
import io.elbgateway.testkit.alb.HttpRequest;
import java.util.Locale;
import java.util.Optional;

/** Paths after a path modifier (§7.3, §7.4) and the {@code Location} of a redirect (§7.3). */
final class Locations {

  private Locations() {}

  /**
   * The path after {@code modifier}: {@code ReplaceFullPath} replaces it, {@code
   * ReplacePrefixMatch} replaces the matched prefix ({@link Paths#replacePrefix}). Empty when the
   * modifier is ReplacePrefixMatch but the winning match is not a PathPrefix (the spec makes such a
   * rule invalid).
   */
  static Optional<String> path(HTTPPathModifier modifier, String path, Optional<String> matchedPrefix) {
    switch (modifier.type()) {
      case REPLACE_FULL_PATH:
        return Optional.of(modifier.replaceFullPath().orElse("/"));
      case REPLACE_PREFIX_MATCH:
        return matchedPrefix.map(p -> Paths.replacePrefix(path, p, modifier.replacePrefixMatch().orElse("")));
      default:
        return Optional.empty();
    }
  }

  /**
   * §7.3 Location: scheme = filter's or request's; host = filter's hostname or the request's host
   * (without port); port = filter's, else the scheme's well-known port (80/443) when the filter
   * sets a scheme, else the listener's port; {@code :80} for http and {@code :443} for https are not
   * printed. Path per the modifier, else the request's. Choice (the spec is silent): the query
   * string is kept.
   */
  static Optional<String> location(
      HTTPRequestRedirectFilter redirect, HttpRequest request, int listenerPort, Optional<String> matchedPrefix) {
    String scheme = redirect.scheme().map(Object::toString).orElse(request.scheme().toLowerCase(Locale.ROOT));
    String host = redirect.hostname().orElse(request.hostName());
    int port =
        redirect.port()
            .orElseGet(() -> redirect.scheme().isPresent() ? (scheme.equals("https") ? 443 : 80) : listenerPort);
    Optional<String> path =
        redirect.path().isPresent()
            ? path(redirect.path().get(), request.path(), matchedPrefix)
            : Optional.of(request.path());
    if (path.isEmpty()) {
      return Optional.empty();
    }
    boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
    String query = request.queryString();
    return Optional.of(scheme + "://" + host + (defaultPort ? "" : ":" + port) + path.get()
        + (query.isEmpty() ? "" : "?" + query));
  }
}
