/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.equivalence;

import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.HTTPPathMatchType;
import io.elbgateway.model.gateway.HTTPRoute;
import io.elbgateway.model.gateway.HTTPRouteMatch;
import io.elbgateway.model.gateway.HTTPRouteRule;
import io.elbgateway.model.gateway.Listener;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.testkit.alb.HttpRequest;
import io.elbgateway.testkit.alb.ImmutableHttpRequest;
import io.elbgateway.testkit.alb.NameValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Deterministic requests aimed at every match of every HTTPRoute of a Gateway, on every listener
 * port: one per hostname and match (with the match's headers and query parameters), a prefix match
 * also one level deeper, and a request to an unknown host and path.
 */
final class ProbeRequests {

  private ProbeRequests() {}

  static List<HttpRequest> of(ClusterSnapshot snapshot, Gateway gateway) {
    Set<HttpRequest> requests = new LinkedHashSet<>();
    for (Listener listener : gateway.spec().listeners()) {
      String scheme = listener.protocol().equals("HTTPS") ? "https" : "http";
      List<String> listenerHosts = new ArrayList<>();
      listener.hostname().ifPresent(h -> listenerHosts.add(concrete(h)));
      requests.add(base(scheme, listener.port(), listenerHosts.isEmpty() ? "unknown.example" : listenerHosts.get(0))
          .path("/no/such/path").build());
      for (Route route : snapshot.routesFor(gateway.key())) {
        if (!(route instanceof HTTPRoute http)) {
          continue;
        }
        List<String> hosts = new ArrayList<>();
        route.hostnames().forEach(h -> hosts.add(concrete(h)));
        if (hosts.isEmpty()) {
          hosts.addAll(listenerHosts.isEmpty() ? List.of("example.com") : listenerHosts);
        }
        for (HTTPRouteRule rule : http.spec().rules()) {
          for (HTTPRouteMatch match : rule.matches()) {
            for (String host : hosts) {
              for (String path : paths(match)) {
                ImmutableHttpRequest.Builder request = base(scheme, listener.port(), host).path(path);
                match.method().ifPresent(m -> request.method(m.toString()));
                match.headers().forEach(h -> request.addHeaders(NameValue.of(h.name(), h.value())));
                match.queryParams().forEach(q -> request.addQueryParameters(NameValue.of(q.name(), q.value())));
                requests.add(request.build());
              }
            }
          }
        }
      }
    }
    return List.copyOf(requests);
  }

  private static ImmutableHttpRequest.Builder base(String scheme, int port, String host) {
    return HttpRequest.builder().scheme(scheme).listenerPort(port).host(host);
  }

  private static List<String> paths(HTTPRouteMatch match) {
    String value = match.path().value();
    if (match.path().type() == HTTPPathMatchType.REGULAR_EXPRESSION || !value.startsWith("/")) {
      return List.of("/");
    }
    if (match.path().type() == HTTPPathMatchType.EXACT) {
      return List.of(value);
    }
    return List.of(value, value.endsWith("/") ? value + "x" : value + "/x");
  }

  private static String concrete(String hostname) {
    return hostname.startsWith("*.") ? "probe" + hostname.substring(1) : hostname;
  }
}
