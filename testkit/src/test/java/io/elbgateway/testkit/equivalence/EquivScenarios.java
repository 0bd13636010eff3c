/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.equivalence;

import io.elbgateway.model.codec.KindRegistry;
import io.elbgateway.model.codec.ManifestReader;
import io.elbgateway.testkit.alb.HttpRequest;
import io.elbgateway.testkit.alb.ImmutableHttpRequest;
import io.elbgateway.testkit.alb.NameValue;
import io.elbgateway.testkit.gen.Scenario;
import io.elbgateway.testkit.property.Gen;
import java.util.List;

/**
 * A small scenario generator of this package's own, from a fixed vocabulary of hosts, paths,
 * headers, backends and filters, so that the comparison is exercised on varied configurations
 * before the real generators ({@code testkit.gen}) land. Not a replacement for them.
 */
final class EquivScenarios {

  private static final ManifestReader READER = ManifestReader.of(KindRegistry.standard());

  private static final List<String> HOSTNAMES = List.of("[a.example.com]", "[\"*.example.com\"]", "[b.example.com]", "[]");
  private static final List<String> PATHS =
      List.of("{type: PathPrefix, value: /}", "{type: PathPrefix, value: /api}", "{type: Exact, value: /api}",
          "{type: PathPrefix, value: /api/v1}", "{type: Exact, value: /x}", "{type: RegularExpression, value: \"/x/[a-z]+\"}");
  private static final List<String> EXTRAS =
      List.of("", "", ", headers: [{name: X-Env, value: prod}]", ", queryParams: [{name: q, value: v}]", ", method: POST");
  private static final List<String> BACKENDS =
      List.of("{name: v1, port: 8080}", "{name: v2, port: 8080, weight: 3}", "{name: v3, port: 8080, weight: 0}",
          "{name: web, namespace: web, port: 80}", "{name: missing, port: 80}", "{name: v1, port: 8080, weight: 1000}");
  private static final List<String> FILTERS =
      List.of("", "", "", "filters: [{type: RequestRedirect, requestRedirect: {scheme: https, statusCode: 301}}]",
          "filters: [{type: URLRewrite, urlRewrite: {path: {type: ReplacePrefixMatch, replacePrefixMatch: /new}}}]",
          "filters: [{type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: a, value: b}]}}]");
  private static final List<String> ALLOWED = List.of("Same", "All");
  private static final List<String> LISTENERS =
      List.of("", "\n  - {name: wild, port: 80, protocol: HTTP, hostname: \"*.example.com\", allowedRoutes: {namespaces: {from: All}}}",
          "\n  - {name: b, port: 80, protocol: HTTP, hostname: b.example.com}",
          "\n  - {name: alt, port: 8080, protocol: HTTP, allowedRoutes: {namespaces: {from: All}}}",
          "\n  - {name: dup, port: 80, protocol: HTTP, hostname: a.example.com, allowedRoutes: {namespaces: {from: All}}}",
          "\n  - {name: sel, port: 8080, protocol: HTTP, hostname: a.example.com, allowedRoutes: {namespaces: {from: Selector, selector: {matchLabels: {team: web}}}}}",
          "\n  - {name: grpc-only, port: 8080, protocol: HTTP, allowedRoutes: {kinds: [{kind: GRPCRoute}]}}");
  private static final List<String> PARENTS =
      List.of("[{name: gw, namespace: infra}]", "[{name: gw, namespace: infra}]", "[{name: gw, namespace: infra, sectionName: http}]",
          "[{name: gw, namespace: infra, port: 8080}]", "[{name: gw, namespace: infra, sectionName: sel}]");

  private EquivScenarios() {}

  static Gen<Scenario> scenarios() {
    Gen<String> rule =
        Gen.zip(
                Gen.lists(Gen.zip(Gen.oneOf(PATHS), Gen.oneOf(EXTRAS)).map(t -> "{path: " + t.first() + t.second() + "}"), 1, 2),
                Gen.lists(Gen.oneOf(BACKENDS), 0, 3),
                Gen.oneOf(FILTERS))
            .map(t -> "  - matches: " + t.first() + "\n"
                + (t.third().isEmpty() ? "" : "    " + t.third() + "\n")
                + (t.third().contains("Redirect") ? "" : "    backendRefs: " + t.second() + "\n"));
    Gen<String> route =
        Gen.zip(Gen.zip(Gen.elements("infra", "web"), Gen.oneOf(PARENTS)), Gen.oneOf(HOSTNAMES), Gen.lists(rule, 1, 3))
            .map(t -> "spec:\n  parentRefs: " + t.first().second() + "\n  hostnames: " + t.second() + "\n  rules:\n"
                + String.join("", t.third()) + "@@" + t.first().first());
    return Gen.zip(Gen.lists(route, 1, 4), Gen.zip(Gen.oneOf(ALLOWED), Gen.oneOf(LISTENERS)), Gen.booleans())
        .map(t -> {
          StringBuilder yaml = new StringBuilder(EquivFixtures.BASE.replace("from: Same}}}", "from: " + t.second().first() + "}}}" + t.second().second()));
          if (t.third()) {
            yaml.append("""
                ---
                apiVersion: gateway.networking.k8s.io/v1beta1
                kind: ReferenceGrant
                metadata: {name: infra-to-web, namespace: web}
                spec:
                  from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: infra}]
                  to: [{group: "", kind: Service}]
                """);
          }
          for (int i = 0; i < t.first().size(); i++) {
            String[] parts = t.first().get(i).split("@@");
            yaml.append("---\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: r")
                .append(i).append(", namespace: ").append(parts[1])
                .append(", creationTimestamp: \"2026-01-01T00:00:0").append(i).append("Z\"}\n").append(parts[0]);
          }
          var loaded = READER.readString(yaml.toString(), "equiv-gen.yaml");
          // The reader leaves out a route that fails validation (e.g. ReplacePrefixMatch on an Exact
          // match): fine, fewer routes. The Gateway must be there.
          if (loaded.objects().stream().noneMatch(o -> o.key().equals(EquivFixtures.GW))) {
            throw new IllegalStateException("generated YAML does not decode: " + loaded.problems() + "\n" + yaml);
          }
          return new Scenario(loaded.objects(), EquivFixtures.GW);
        });
  }

  static Gen<HttpRequest> requests() {
    return Gen.zip(
            Gen.zip(Gen.elements("a.example.com", "b.example.com", "c.example.com", "A.Example.com", "a.example.com:8080", "example.com"),
                Gen.elements("/", "/api", "/api/", "/api/v1", "/api/v1/z", "/apix", "/x", "/x/ab", "/x/AB", "/API")),
            Gen.zip(Gen.elements("", "prod", "PROD"), Gen.elements("", "q=v", "q=V", "q=x&q=v", "Q=v")),
            Gen.zip(Gen.elements("GET", "POST"), Gen.elements(80, 80, 80, 8080)))
        .map(t -> {
          ImmutableHttpRequest.Builder b =
              HttpRequest.builder().host(t.first().first()).path(t.first().second())
                  .method(t.third().first()).listenerPort(t.third().second());
          if (!t.second().first().isEmpty()) {
            b.addHeaders(NameValue.of("X-Env", t.second().first()));
          }
          b.addAllQueryParameters(HttpRequest.parseQuery(t.second().second()));
          return b.build();
        });
  }

  static Gen<EquivCase> cases() {
    return scenarios().flatMap(s -> Gen.lists(requests(), 4, 8).map(rs -> new EquivCase(s, rs)));
  }
}
