/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import static io.elbgateway.testkit.spec.SpecFixtures.GATEWAY;
import static io.elbgateway.testkit.spec.SpecFixtures.get;
import static io.elbgateway.testkit.spec.SpecFixtures.httpRoute;
import static io.elbgateway.testkit.spec.SpecFixtures.route;
import static io.elbgateway.testkit.spec.SpecFixtures.snapshot;
import static io.elbgateway.testkit.spec.SpecFixtures.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.testkit.alb.HttpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Filters: RequestRedirect (§7.3), URLRewrite (§7.4), recorded filters, ExtensionRef (§7.7, §6.5). */
class SpecFilterTest {

  /** Every row of the ReplacePrefixMatch table of §7.4 ("-" = empty replacement). */
  @ParameterizedTest
  @CsvSource({
    "/foo/bar, /foo, /xyz, /xyz/bar",
    "/foo/bar, /foo, /xyz/, /xyz/bar",
    "/foo/bar, /foo/, /xyz, /xyz/bar",
    "/foo/bar, /foo/, /xyz/, /xyz/bar",
    "/foo, /foo, /xyz, /xyz",
    "/foo/, /foo, /xyz, /xyz/",
    "/foo/bar, /foo, -, /bar",
    "/foo/, /foo, -, /",
    "/foo, /foo, -, /",
    "/foo/, /foo, /, /",
    "/foo, /foo, /, /"
  })
  void replacePrefixMatchTable(String path, String prefix, String replacement, String expected) {
    String repl = replacement.equals("-") ? "" : replacement;
    assertThat(Paths.replacePrefix(path, prefix, repl)).isEqualTo(expected);
    // and through the router, as a URLRewrite
    ClusterSnapshot snapshot = snapshot(GATEWAY, httpRoute("r", """
        rules:
        - matches: [{path: {type: PathPrefix, value: "%s"}}]
          filters:
          - type: URLRewrite
            urlRewrite: {path: {type: ReplacePrefixMatch, replacePrefixMatch: "%s"}}
          backendRefs: [{name: v1, port: 8080}]
        """.formatted(prefix, repl)));
    SpecOutcome outcome = route(snapshot, get("a.com:8080", path).build());
    assertThat(outcome).isInstanceOf(Forward.class);
    assertThat(((Forward) outcome).rewritten()).contains(Rewritten.of("a.com:8080", expected));
  }

  @Test
  void rewriteHostAndFullPath() {
    ClusterSnapshot snapshot = snapshot(GATEWAY, httpRoute("r", """
        rules:
        - filters:
          - type: URLRewrite
            urlRewrite: {hostname: b.example.com, path: {type: ReplaceFullPath, replaceFullPath: /new}}
          backendRefs: [{name: v1, port: 8080}]
        """));
    Forward forward = (Forward) route(snapshot, get("a.com", "/old/x").build());
    assertThat(forward.rewritten()).contains(Rewritten.of("b.example.com", "/new"));
    // without a URLRewrite nothing is rewritten
    Forward plain = (Forward) route(snapshot(GATEWAY, httpRoute("r", "rules: [{backendRefs: [{name: v1, port: 8080}]}]\n")),
        get("a.com", "/").build());
    assertThat(plain.rewritten()).isEmpty();
  }

  private static Redirect redirect(String redirectYaml, HttpRequest request, int listenerPort) {
    String gateway = GATEWAY.replace("port: 80", "port: " + listenerPort);
    ClusterSnapshot snapshot = snapshot(gateway, httpRoute("r", """
        rules:
        - matches: [{path: {type: PathPrefix, value: /foo}}]
          filters:
          - type: RequestRedirect
            requestRedirect: %s
        """.formatted(redirectYaml)));
    SpecOutcome outcome = SpecRouter.of(snapshot).route(SpecFixtures.GW, listenerPort, request);
    assertThat(outcome).as("%s", outcome).isInstanceOf(Redirect.class);
    return (Redirect) outcome;
  }

  /** §7.3 Location composition, including default port elision and the listener port. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "{hostname: b.com}                          | 80   | http://b.com/foo/bar",
    "{hostname: b.com}                          | 8080 | http://b.com:8080/foo/bar",
    "{scheme: https}                            | 80   | https://a.com/foo/bar",
    "{scheme: https}                            | 8080 | https://a.com/foo/bar",
    "{scheme: http}                             | 8080 | http://a.com/foo/bar",
    "{scheme: https, port: 8443}                | 80   | https://a.com:8443/foo/bar",
    "{port: 443, scheme: https}                 | 80   | https://a.com/foo/bar",
    "{port: 80}                                 | 8080 | http://a.com/foo/bar",
    "{port: 8081}                               | 80   | http://a.com:8081/foo/bar",
    "{path: {type: ReplaceFullPath, replaceFullPath: /x}}       | 80 | http://a.com/x",
    "{path: {type: ReplacePrefixMatch, replacePrefixMatch: /y}} | 80 | http://a.com/y/bar",
    "{path: {type: ReplacePrefixMatch, replacePrefixMatch: ''}} | 80 | http://a.com/bar"
  })
  void redirectLocation(String filter, int listenerPort, String location) {
    Redirect redirect = redirect(filter, get("a.com:" + listenerPort, "/foo/bar").listenerPort(listenerPort).build(), listenerPort);
    assertThat(redirect.location()).isEqualTo(location);
    assertThat(redirect.statusCode()).isEqualTo(302);
  }

  @Test
  void redirectStatusAndQuery() {
    Redirect redirect = redirect("{statusCode: 301, hostname: b.com}",
        get("a.com", "/foo").queryParameters(HttpRequest.parseQuery("a=1&b")).build(), 80);
    assertThat(redirect.statusCode()).isEqualTo(301);
    assertThat(redirect.location()).isEqualTo("http://b.com/foo?a=1&b");
  }

  /** Filters the model does not simulate are recorded, with their field. */
  @Test
  void recordsAppliedFilters() {
    ClusterSnapshot snapshot = snapshot(GATEWAY, httpRoute("r", """
        rules:
        - filters:
          - type: RequestHeaderModifier
            requestHeaderModifier: {set: [{name: x, value: "1"}]}
          - type: ResponseHeaderModifier
            responseHeaderModifier: {remove: [y]}
          - type: RequestMirror
            requestMirror: {backendRef: {name: v2, port: 8080}}
          backendRefs:
          - name: v1
            port: 8080
            filters:
            - type: RequestHeaderModifier
              requestHeaderModifier: {add: [{name: z, value: "2"}]}
        """));
    SpecOutcome outcome = route(snapshot, get("a.com", "/").build());
    assertThat(outcome).isInstanceOf(Forward.class);
    assertThat(outcome.appliedFilters()).containsExactly(
        AppliedFilter.of("RequestHeaderModifier", ".spec.rules[0].filters[0]"),
        AppliedFilter.of("ResponseHeaderModifier", ".spec.rules[0].filters[1]"),
        AppliedFilter.of("RequestMirror", ".spec.rules[0].filters[2]"),
        AppliedFilter.of("RequestHeaderModifier", ".spec.rules[0].backendRefs[0].filters[0]"));
  }

  private static final String LRC =
      """
      apiVersion: gateway.k8s.aws/v1beta1
      kind: ListenerRuleConfiguration
      metadata: {name: %s, namespace: infra}
      spec:
        actions:
        - %s
      """;

  private static String extensionRoute(String name, String backends) {
    return httpRoute("r", """
        rules:
        - filters:
          - type: ExtensionRef
            extensionRef: {group: gateway.k8s.aws, kind: ListenerRuleConfiguration, name: %s}
        %s""".formatted(name, backends));
  }

  @Test
  void extensionRefFixedResponse() {
    ClusterSnapshot snapshot = snapshot(GATEWAY, extensionRoute("fixed", ""),
        LRC.formatted("fixed", "{type: fixed-response, fixedResponseConfig: {statusCode: 403, messageBody: nope}}"));
    SpecOutcome outcome = route(snapshot, get("a.com", "/").build());
    assertThat(status(outcome)).isEqualTo(403);
    assertThat(((Status) outcome).body()).contains("nope");
  }

  @Test
  void extensionRefAuthenticateIsAMarker() {
    ClusterSnapshot snapshot = snapshot(GATEWAY, extensionRoute("auth", "  backendRefs: [{name: v1, port: 8080}]\n"),
        LRC.formatted("auth", """
            type: authenticate-oidc
            authenticateOIDCConfig:
              issuer: https://idp.example.com
              authorizationEndpoint: https://idp.example.com/auth
              tokenEndpoint: https://idp.example.com/token
              userInfoEndpoint: https://idp.example.com/userinfo
              secret: {name: oidc}
          """.indent(2).strip()));
    SpecOutcome outcome = route(snapshot, get("a.com", "/").build());
    assertThat(outcome).as("%s", outcome).isInstanceOf(Forward.class);
    assertThat(outcome.appliedFilters()).containsExactly(AppliedFilter.of("authenticate", ".spec.rules[0].filters[0]"));
  }

  /** §6.5: an unresolvable ExtensionRef must not be skipped: 500. */
  @Test
  void unresolvableExtensionRefIs500() {
    assertThat(status(route(snapshot(GATEWAY, extensionRoute("missing", "  backendRefs: [{name: v1, port: 8080}]\n")),
        get("a.com", "/").build()))).isEqualTo(500);
    String otherKind = httpRoute("r", """
        rules:
        - filters:
          - type: ExtensionRef
            extensionRef: {group: example.com, kind: Thing, name: t}
          backendRefs: [{name: v1, port: 8080}]
        """);
    assertThat(status(route(snapshot(GATEWAY, otherKind), get("a.com", "/").build()))).isEqualTo(500);
  }
}
