/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import static io.elbgateway.testkit.spec.SpecFixtures.GATEWAY;
import static io.elbgateway.testkit.spec.SpecFixtures.backend;
import static io.elbgateway.testkit.spec.SpecFixtures.get;
import static io.elbgateway.testkit.spec.SpecFixtures.httpRoute;
import static io.elbgateway.testkit.spec.SpecFixtures.route;
import static io.elbgateway.testkit.spec.SpecFixtures.snapshot;
import static io.elbgateway.testkit.spec.SpecFixtures.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.testkit.alb.NameValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Match semantics (§3.1, §3.2). */
class SpecMatchingTest {

  /** §3.1 conformance HTTPRouteMatching: prefix /v2 is element-wise. */
  @ParameterizedTest
  @CsvSource({"/v2, v2", "/v2/, v2", "/v2/example, v2", "/v2example, v1", "/foo/v2/example, v1", "/, v1"})
  void pathPrefixIsElementWise(String path, String expected) {
    ClusterSnapshot snapshot = snapshot(GATEWAY, httpRoute("r", """
        rules:
        - matches: [{path: {type: PathPrefix, value: /}}]
          backendRefs: [{name: v1, port: 8080}]
        - matches: [{path: {type: PathPrefix, value: /v2}}]
          backendRefs: [{name: v2, port: 8080}]
        """));
    assertThat(backend(route(snapshot, get("example.com", path).build()))).isEqualTo(expected);
  }

  @Test
  void prefixWithTrailingSlashIgnoresIt() {
    assertThat(Paths.prefix("/abc/", "/abc")).isTrue();
    assertThat(Paths.prefix("/abc/", "/abcd")).isFalse();
    assertThat(Paths.prefix("/", "/anything")).isTrue();
  }

  /** §3.1 Exact: case-sensitive whole path; no match → 404 (§4.3). */
  @ParameterizedTest
  @CsvSource({"/abc, 200", "/abc/, 404", "/Abc, 404", "/abcd, 404"})
  void exactIsWholePathCaseSensitive(String path, int expected) {
    ClusterSnapshot snapshot = snapshot(GATEWAY, httpRoute("r", """
        rules:
        - matches: [{path: {type: Exact, value: /abc}}]
          backendRefs: [{name: v1, port: 8080}]
        """));
    var outcome = route(snapshot, get("example.com", path).build());
    assertThat(outcome instanceof Forward ? 200 : status(outcome)).isEqualTo(expected);
  }

  /** §3.1 RegularExpression: java.util.regex, full match of the path. */
  @ParameterizedTest
  @CsvSource({"/img/a.png, 200", "/img/a.png/x, 404", "/x/img/a.png, 404"})
  void regexIsAFullMatch(String path, int expected) {
    ClusterSnapshot snapshot = snapshot(GATEWAY, httpRoute("r", """
        rules:
        - matches: [{path: {type: RegularExpression, value: "/img/[a-z]+\\\\.png"}}]
          backendRefs: [{name: v1, port: 8080}]
        """));
    var outcome = route(snapshot, get("example.com", path).build());
    assertThat(outcome instanceof Forward ? 200 : status(outcome)).isEqualTo(expected);
  }

  /** §3.2 headers: names case-insensitive, values exact and case-sensitive, first request value. */
  @Test
  void headerMatching() {
    ClusterSnapshot snapshot = snapshot(GATEWAY, httpRoute("r", """
        rules:
        - matches: [{headers: [{name: Version, value: one}, {name: version, value: two}]}]
          backendRefs: [{name: v1, port: 8080}]
        """));
    assertThat(backend(route(snapshot, get("a.com", "/", "VERSION", "one")))).isEqualTo("v1");
    assertThat(status(route(snapshot, get("a.com", "/", "version", "One")))).isEqualTo(404);
    // the second entry for the same name does not count
    assertThat(status(route(snapshot, get("a.com", "/", "version", "two")))).isEqualTo(404);
    // repeated request header: the first value counts
    assertThat(status(route(snapshot, get("a.com", "/")
        .addHeaders(NameValue.of("version", "two"), NameValue.of("version", "one")).build()))).isEqualTo(404);
    assertThat(status(route(snapshot, get("a.com", "/").build()))).isEqualTo(404);
  }

  /** §3.2 query params: exact case-sensitive names and values; first value of a repeated param. */
  @Test
  void queryParamMatching() {
    ClusterSnapshot snapshot = snapshot(GATEWAY, httpRoute("r", """
        rules:
        - matches: [{queryParams: [{name: animal, value: whale}]}]
          backendRefs: [{name: v1, port: 8080}]
        """));
    assertThat(backend(route(snapshot, get("a.com", "/").queryParameters(HttpRequestsQuery.of("animal=whale")).build())))
        .isEqualTo("v1");
    assertThat(status(route(snapshot, get("a.com", "/").queryParameters(HttpRequestsQuery.of("Animal=whale")).build())))
        .isEqualTo(404);
    assertThat(status(route(snapshot, get("a.com", "/").queryParameters(HttpRequestsQuery.of("animal=Whale")).build())))
        .isEqualTo(404);
    assertThat(status(route(snapshot,
        get("a.com", "/").queryParameters(HttpRequestsQuery.of("animal=dolphin&animal=whale")).build()))).isEqualTo(404);
    assertThat(backend(route(snapshot,
        get("a.com", "/").queryParameters(HttpRequestsQuery.of("animal=whale&animal=dolphin")).build()))).isEqualTo("v1");
  }

  /** §3.2 method. */
  @Test
  void methodMatching() {
    ClusterSnapshot snapshot = snapshot(GATEWAY, httpRoute("r", """
        rules:
        - matches: [{method: POST}]
          backendRefs: [{name: v1, port: 8080}]
        """));
    assertThat(backend(route(snapshot, get("a.com", "/").method("POST").build()))).isEqualTo("v1");
    assertThat(status(route(snapshot, get("a.com", "/").build()))).isEqualTo(404);
  }

  /** §3.2: matches of a rule are ORed, conditions of a match ANDed. */
  @Test
  void matchesOrConditionsAnd() {
    ClusterSnapshot snapshot = snapshot(GATEWAY, httpRoute("r", """
        rules:
        - matches:
          - {path: {type: PathPrefix, value: /a}, method: GET}
          - {path: {type: PathPrefix, value: /b}}
          backendRefs: [{name: v1, port: 8080}]
        """));
    assertThat(backend(route(snapshot, get("a.com", "/a").build()))).isEqualTo("v1");
    assertThat(status(route(snapshot, get("a.com", "/a").method("PUT").build()))).isEqualTo(404);
    assertThat(backend(route(snapshot, get("a.com", "/b").method("PUT").build()))).isEqualTo("v1");
  }

  /** A rule without matches matches every request (default PathPrefix /). */
  @Test
  void ruleWithoutMatchesMatchesEverything() {
    ClusterSnapshot snapshot = snapshot(GATEWAY, httpRoute("r", """
        rules:
        - backendRefs: [{name: v1, port: 8080}]
        """));
    assertThat(backend(route(snapshot, get("a.com", "/x/y").build()))).isEqualTo("v1");
  }

  /** Query strings parsed the way the ALB evaluator does. */
  static final class HttpRequestsQuery {
    static java.util.List<NameValue> of(String query) {
      return io.elbgateway.testkit.alb.HttpRequest.parseQuery(query);
    }
  }
}
