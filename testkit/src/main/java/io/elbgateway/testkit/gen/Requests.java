/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.gen;

import static io.elbgateway.testkit.gen.Choices.chance;
import static io.elbgateway.testkit.gen.Choices.flipCase;
import static io.elbgateway.testkit.gen.Choices.index;
import static io.elbgateway.testkit.gen.Choices.pick;

import io.elbgateway.model.gateway.GRPCRoute;
import io.elbgateway.model.gateway.GRPCRouteMatch;
import io.elbgateway.model.gateway.GRPCRouteRule;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.HTTPHeaderMatch;
import io.elbgateway.model.gateway.HTTPHeaderMatchType;
import io.elbgateway.model.gateway.HTTPQueryParamMatch;
import io.elbgateway.model.gateway.HTTPRoute;
import io.elbgateway.model.gateway.HTTPRouteMatch;
import io.elbgateway.model.gateway.HTTPRouteRule;
import io.elbgateway.model.gateway.Listener;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.meta.ParentReference;
import io.elbgateway.testkit.alb.HttpRequest;
import io.elbgateway.testkit.alb.ImmutableHttpRequest;
import io.elbgateway.testkit.alb.NameValue;
import io.elbgateway.testkit.property.Gen;
import io.elbgateway.testkit.property.RandomSource;
import io.elbgateway.testkit.property.Tuple2;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Requests drawn from a scenario's own configuration, so that most of them exercise real rules:
 * mostly aimed at one match of one route (its host, path, headers, query parameters and method,
 * with near misses: {@code /abc} vs {@code /abcd} vs {@code /abc/}, case flips, a host with a
 * port, a name under a wildcard and the wildcard's bare domain, a missing header, an extra
 * parameter), sometimes at a listener's hostname only, sometimes unrelated; on a listener port of
 * the Gateway (rarely one it does not have) with the listener's scheme, from one of a few source
 * addresses.
 */
public final class Requests {

  /** The port a request uses when it aims at none of the Gateway's listeners. */
  public static final int UNUSED_PORT = 81;

  private Requests() {}

  /** Requests aimed at the scenario's Gateway, mostly near its routes' matches. */
  public static Gen<HttpRequest> against(Scenario scenario) {
    Objects.requireNonNull(scenario, "scenario");
    Gateway gateway =
        scenario.objects().stream()
            .filter(Gateway.class::isInstance)
            .map(Gateway.class::cast)
            .filter(g -> key(g).equals(scenario.gateway()))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("the scenario has no " + scenario.gateway().display()));
    List<Route> routes =
        scenario.objects().stream().filter(Route.class::isInstance).map(Route.class::cast).toList();
    return source -> new Draw(source, gateway, routes).request();
  }

  /** Scenarios paired with requests drawn from each. */
  public static Gen<Tuple2<Scenario, HttpRequest>> pairedWith(
      Gen<Scenario> scenarios) {
    return scenarios.flatMap(s -> against(s).map(r -> new Tuple2<>(s, r)));
  }

  private static ObjectKey key(KubernetesObject object) {
    return ObjectKey.of(
        "gateway.networking.k8s.io",
        "Gateway",
        object.metadata().namespace().orElse("default"),
        object.metadata().name());
  }

  /** One request's draws. */
  private static final class Draw {
    private final RandomSource source;
    private final Gateway gateway;
    private final List<Route> routes;
    private final ImmutableHttpRequest.Builder request = HttpRequest.builder();

    Draw(RandomSource source, Gateway gateway, List<Route> routes) {
      this.source = source;
      this.gateway = gateway;
      this.routes = routes;
    }

    HttpRequest request() {
      int aim = index(source, 10);
      List<Listener> listeners = gateway.spec().listeners();
      if (aim < 9 && !routes.isEmpty()) {
        List<Route> admitted =
            routes.stream().filter(r -> listeners.stream().anyMatch(l -> admits(l, r))).toList();
        Route route = pick(source, admitted.isEmpty() || chance(source, 0.1) ? routes : admitted);
        Listener listener = listenerFor(route, listeners);
        port(listener);
        List<String> hostnames = route.hostnames();
        List<String> fitting =
            hostnames.stream()
                .filter(h -> listener.hostname().map(l -> intersect(h, l)).orElse(true))
                .toList();
        Optional<String> hostname =
            !hostnames.isEmpty() && !(listener.hostname().isPresent() && chance(source, 0.3))
                ? Optional.of(pick(source, fitting.isEmpty() || chance(source, 0.1) ? hostnames : fitting))
                : listener.hostname();
        host(hostname.orElse("shop.example.com"), listener);
        if (route instanceof HTTPRoute http) {
          http(http);
        } else if (route instanceof GRPCRoute grpc) {
          grpc(grpc);
        }
      } else if (aim < 10 && chance(source, 0.5)) {
        Listener listener = pick(source, listeners);
        port(listener);
        host(listener.hostname().orElse("example.com"), listener);
        request.path(pick(source, Vocabulary.PREFIXES));
      } else {
        Listener listener = pick(source, listeners);
        port(listener);
        request.host(pick(source, List.of("unrelated.test", "example.org")));
        request.path(pick(source, List.of("/zzz", "/", "/a")));
      }
      request.sourceIp(pick(source, Vocabulary.SOURCE_IPS));
      return request.build();
    }

    /** The listener a route names by sectionName (usually), else any listener. */
    private Listener listenerFor(Route route, List<Listener> listeners) {
      Optional<String> section =
          route.parentRefs().stream().map(ParentReference::sectionName).flatMap(Optional::stream).findFirst();
      Optional<Listener> named =
          section.flatMap(s -> listeners.stream().filter(l -> l.name().equals(s)).findFirst());
      if (named.isPresent() && !chance(source, 0.1)) {
        return named.get();
      }
      List<Listener> admitting = listeners.stream().filter(l -> admits(l, route)).toList();
      return pick(source, admitting.isEmpty() || chance(source, 0.1) ? listeners : admitting);
    }

    /** Whether the listener plausibly takes the route: namespaces allowed, hostnames intersect. */
    private boolean admits(Listener listener, Route route) {
      String routeNamespace = route.metadata().namespace().orElse("default");
      boolean namespaceAllowed =
          switch (listener.allowedRoutes().namespaces().from()) {
            case ALL, SELECTOR -> true;
            case SAME -> routeNamespace.equals(gateway.metadata().namespace().orElse("default"));
            case NONE -> false;
          };
      boolean kindAllowed =
          listener.allowedRoutes().kinds().isEmpty()
              || listener.allowedRoutes().kinds().stream().anyMatch(k -> k.kind().equals(route.kind()));
      boolean hostnames =
          listener.hostname().isEmpty()
              || route.hostnames().isEmpty()
              || route.hostnames().stream().anyMatch(h -> intersect(h, listener.hostname().get()));
      return namespaceAllowed && kindAllowed && hostnames;
    }

    private static boolean intersect(String a, String b) {
      if (a.equals(b)) {
        return true;
      }
      if (a.startsWith("*.") && b.endsWith(a.substring(1))) {
        return true;
      }
      return b.startsWith("*.") && a.endsWith(b.substring(1));
    }

    private void port(Listener listener) {
      boolean elsewhere = chance(source, 0.03);
      request.listenerPort(elsewhere ? UNUSED_PORT : listener.port());
      request.scheme(listener.protocol().equals("HTTPS") ? "https" : "http");
    }

    private void host(String hostname, Listener listener) {
      String host = hostname;
      if (host.startsWith("*.")) {
        String domain = host.substring(2);
        host = pick(source, List.of("foo." + domain, "a.b." + domain, domain));
      }
      if (chance(source, 0.03)) {
        host = "unrelated.test";
      }
      if (chance(source, 0.15)) {
        host = flipCase(host);
      }
      if (chance(source, 0.15)) {
        host = host + ":" + listener.port();
      }
      request.host(host);
    }

    private void http(HTTPRoute route) {
      HTTPRouteRule rule = pick(source, route.spec().rules());
      if (rule.matches().isEmpty()) {
        request.path(pick(source, List.of("/", "/a", "/anything")));
        method(Optional.empty());
        return;
      }
      HTTPRouteMatch match = pick(source, rule.matches());
      request.path(path(match));
      for (HTTPHeaderMatch header : match.headers()) {
        if (!chance(source, 0.1)) {
          String value =
              header.type() == HTTPHeaderMatchType.REGULAR_EXPRESSION
                  ? Vocabulary.HEADER_REGEXES.getOrDefault(header.value(), "v1")
                  : header.value();
          request.addHeaders(NameValue.of(header.name(), chance(source, 0.1) ? flipCase(value) : value));
        }
      }
      if (chance(source, 0.1)) {
        request.addHeaders(NameValue.of("x-extra", "1"));
      }
      for (HTTPQueryParamMatch param : match.queryParams()) {
        if (!chance(source, 0.1)) {
          request.addQueryParameters(
              NameValue.of(param.name(), chance(source, 0.1) ? flipCase(param.value()) : param.value()));
        }
      }
      if (chance(source, 0.1)) {
        request.addQueryParameters(NameValue.of("utm", "1"));
      }
      method(match.method().map(Object::toString));
    }

    private String path(HTTPRouteMatch match) {
      String value = match.path().value();
      String path =
          switch (match.path().type()) {
            case PATH_PREFIX ->
                switch (index(source, 8)) {
                  case 0, 7 -> value;
                  case 1 -> join(value, "/x");
                  case 2 -> join(value, "x");
                  case 3 -> join(value, "/");
                  case 4 -> flipCase(value);
                  case 5 -> value.length() > 1 ? value.substring(0, value.length() - 1) : "/z";
                  default -> join(value, "/x/y");
                };
            case EXACT ->
                switch (index(source, 6)) {
                  case 1 -> join(value, "/");
                  case 2 -> flipCase(value);
                  case 3 -> join(value, "x");
                  default -> value;
                };
            case REGULAR_EXPRESSION -> {
              String sample = Vocabulary.REGEX_PATHS.getOrDefault(value, "/");
              yield chance(source, 0.2) ? join(sample, "/x") : sample;
            }
          };
      return path.startsWith("/") ? path : "/" + path;
    }

    private static String join(String prefix, String suffix) {
      return prefix.endsWith("/") && suffix.startsWith("/") ? prefix + suffix.substring(1) : prefix + suffix;
    }

    private void method(Optional<String> wanted) {
      if (wanted.isPresent() && !chance(source, 0.1)) {
        request.method(wanted.get());
      } else {
        request.method(pick(source, List.of("GET", "POST")));
      }
    }

    private void grpc(GRPCRoute route) {
      GRPCRouteRule rule = pick(source, route.spec().rules());
      String service = pick(source, Vocabulary.GRPC_SERVICES);
      String method = pick(source, Vocabulary.GRPC_METHODS);
      if (!rule.matches().isEmpty()) {
        GRPCRouteMatch match = pick(source, rule.matches());
        if (match.method().isPresent() && !chance(source, 0.1)) {
          service = match.method().get().service().orElse(service);
          method = match.method().get().method().orElse(method);
        }
        match.headers().forEach(h -> request.addHeaders(NameValue.of(h.name(), h.value())));
      }
      request.method("POST");
      request.path("/" + service + "/" + method);
      request.addHeaders(NameValue.of("content-type", "application/grpc"));
    }
  }
}
