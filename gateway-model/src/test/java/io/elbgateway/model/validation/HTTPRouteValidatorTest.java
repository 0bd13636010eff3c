/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import static io.elbgateway.model.validation.RouteValidationCases.assertErrorsOnlyAt;
import static io.elbgateway.model.validation.RouteValidationCases.errors;
import static io.elbgateway.model.validation.RouteValidationCases.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.TestManifests;
import io.elbgateway.model.codec.ModelMappers;
import io.elbgateway.model.gateway.HTTPAuthConfig;
import io.elbgateway.model.gateway.HTTPBackendRef;
import io.elbgateway.model.gateway.HTTPCORSFilter;
import io.elbgateway.model.gateway.HTTPExternalAuthFilter;
import io.elbgateway.model.gateway.HTTPHeader;
import io.elbgateway.model.gateway.HTTPHeaderFilter;
import io.elbgateway.model.gateway.HTTPHeaderMatch;
import io.elbgateway.model.gateway.HTTPMethodWithWildcard;
import io.elbgateway.model.gateway.HTTPPathMatch;
import io.elbgateway.model.gateway.HTTPPathModifier;
import io.elbgateway.model.gateway.HTTPPathModifierType;
import io.elbgateway.model.gateway.HTTPQueryParamMatch;
import io.elbgateway.model.gateway.HTTPRoute;
import io.elbgateway.model.gateway.HTTPRouteExternalAuthProtocol;
import io.elbgateway.model.gateway.HTTPRouteFilter;
import io.elbgateway.model.gateway.HTTPRouteFilterType;
import io.elbgateway.model.gateway.HTTPRouteMatch;
import io.elbgateway.model.gateway.HTTPRouteRule;
import io.elbgateway.model.gateway.HTTPRouteSpec;
import io.elbgateway.model.gateway.HTTPURLRewriteFilter;
import io.elbgateway.model.meta.BackendObjectReference;
import io.elbgateway.model.meta.LocalObjectReference;
import io.elbgateway.model.meta.ObjectMeta;
import io.elbgateway.model.meta.ParentReference;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HTTPRouteValidatorTest {

  static List<RouteValidationCases.Case> invalidCases() {
    return RouteValidationCases.load("httproute-invalid.yaml", "HTTPRoute");
  }

  static List<RouteValidationCases.Case> validCases() {
    return RouteValidationCases.load("httproute-valid.yaml", "HTTPRoute");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCases")
  void eachBrokenRuleIsReportedAtItsField(RouteValidationCases.Case c) {
    assertErrorsOnlyAt(validate(c.object), c.path, c.message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validCases")
  void specsAtTheEdgeOfTheRulesPass(RouteValidationCases.Case c) {
    assertThat(validate(c.object)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "httproute-seed.yaml",
        "httproute-matching.yaml",
        "httproute-redirect-rewrite.yaml",
        "httproute-canary.yaml",
        "httproute-experimental.yaml",
        "httproute-defaults.yaml",
        "httproute-no-rules.yaml"
      })
  void realisticManifestsPass(String file) throws Exception {
    String yaml = TestManifests.text("routes/" + file);
    HTTPRoute route = ModelMappers.yaml().readValue(yaml, HTTPRoute.class);
    assertThat(validate(route)).isEmpty();
  }

  // ---- limits on item counts and lengths, built in code

  static Stream<Arguments> tooMany() {
    HTTPRouteRule rule = HTTPRouteRule.builder().build();
    return Stream.of(
        Arguments.of(
            "33 parentRefs",
            spec().parentRefs(n(33, i -> ParentReference.builder().name("gw" + i).build())).build(),
            ".spec.parentRefs",
            "must have at most 32 items (has 33)"),
        Arguments.of(
            "17 hostnames",
            spec().hostnames(n(17, i -> "h" + i + ".example.com")).build(),
            ".spec.hostnames",
            "must have at most 16 items (has 17)"),
        Arguments.of(
            "17 rules", spec().rules(n(17, i -> rule)).build(), ".spec.rules", "at most 16 items"),
        Arguments.of(
            "65 matches",
            spec()
                .rules(
                    List.of(HTTPRouteRule.builder().matches(n(65, i -> match("/m" + i))).build()))
                .build(),
            ".spec.rules[0].matches",
            "at most 64 items (has 65)"),
        Arguments.of(
            "129 matches across rules",
            spec()
                .rules(
                    List.of(
                        HTTPRouteRule.builder().matches(n(64, i -> match("/a" + i))).build(),
                        HTTPRouteRule.builder().matches(n(64, i -> match("/b" + i))).build(),
                        HTTPRouteRule.builder().build()))
                .build(),
            ".spec.rules",
            "the total number of matches across all rules in a route must be less than 128 (has"
                + " 129)"),
        Arguments.of(
            "17 header matches",
            oneMatch(
                HTTPRouteMatch.builder()
                    .headers(n(17, i -> HTTPHeaderMatch.builder().name("h" + i).value("v").build()))
                    .build()),
            ".spec.rules[0].matches[0].headers",
            "at most 16 items"),
        Arguments.of(
            "17 query matches",
            oneMatch(
                HTTPRouteMatch.builder()
                    .queryParams(
                        n(17, i -> HTTPQueryParamMatch.builder().name("q" + i).value("v").build()))
                    .build()),
            ".spec.rules[0].matches[0].queryParams",
            "at most 16 items"),
        Arguments.of(
            "path of 1025 characters",
            oneMatch(match("/" + "a".repeat(1024))),
            ".spec.rules[0].matches[0].path.value",
            "at most 1024 characters"),
        Arguments.of(
            "header value of 4097 characters",
            oneMatch(
                HTTPRouteMatch.builder()
                    .addHeader(HTTPHeaderMatch.builder().name("h").value("v".repeat(4097)).build())
                    .build()),
            ".spec.rules[0].matches[0].headers[0].value",
            "at most 4096 characters"),
        Arguments.of(
            "query value of 1025 characters",
            oneMatch(
                HTTPRouteMatch.builder()
                    .addQueryParam(
                        HTTPQueryParamMatch.builder().name("q").value("v".repeat(1025)).build())
                    .build()),
            ".spec.rules[0].matches[0].queryParams[0].value",
            "at most 1024 characters"),
        Arguments.of(
            "17 filters",
            oneRule(HTTPRouteRule.builder().filters(n(17, i -> extensionRef("f" + i))).build()),
            ".spec.rules[0].filters",
            "at most 16 items"),
        Arguments.of(
            "17 backendRefs",
            oneRule(HTTPRouteRule.builder().backendRefs(n(17, i -> backend("b" + i))).build()),
            ".spec.rules[0].backendRefs",
            "at most 16 items"),
        Arguments.of(
            "17 backend filters",
            oneRule(
                HTTPRouteRule.builder()
                    .addBackendRef(
                        HTTPBackendRef.builder()
                            .name("b")
                            .port(80)
                            .filters(n(17, i -> extensionRef("f" + i)))
                            .build())
                    .build()),
            ".spec.rules[0].backendRefs[0].filters",
            "at most 16 items"),
        Arguments.of(
            "17 set headers",
            headerFilter(
                HTTPHeaderFilter.builder().set(n(17, i -> HTTPHeader.of("h" + i, "v"))).build()),
            ".spec.rules[0].filters[0].requestHeaderModifier.set",
            "at most 16 items"),
        Arguments.of(
            "17 added headers",
            headerFilter(
                HTTPHeaderFilter.builder().add(n(17, i -> HTTPHeader.of("h" + i, "v"))).build()),
            ".spec.rules[0].filters[0].requestHeaderModifier.add",
            "at most 16 items"),
        Arguments.of(
            "17 removed headers",
            headerFilter(HTTPHeaderFilter.builder().remove(n(17, i -> "h" + i)).build()),
            ".spec.rules[0].filters[0].requestHeaderModifier.remove",
            "at most 16 items"),
        Arguments.of(
            "set header value of 4097 characters",
            headerFilter(
                HTTPHeaderFilter.builder().addSet(HTTPHeader.of("h", "v".repeat(4097))).build()),
            ".spec.rules[0].filters[0].requestHeaderModifier.set[0].value",
            "at most 4096 characters"),
        Arguments.of(
            "replaceFullPath of 1025 characters",
            oneRule(
                HTTPRouteRule.builder()
                    .addFilter(
                        HTTPRouteFilter.builder()
                            .type(HTTPRouteFilterType.URL_REWRITE)
                            .urlRewrite(
                                HTTPURLRewriteFilter.builder()
                                    .path(
                                        HTTPPathModifier.builder()
                                            .type(HTTPPathModifierType.REPLACE_FULL_PATH)
                                            .replaceFullPath("/" + "a".repeat(1024))
                                            .build())
                                    .build())
                            .build())
                    .build()),
            ".spec.rules[0].filters[0].urlRewrite.path.replaceFullPath",
            "at most 1024 characters"),
        Arguments.of(
            "65 CORS origins",
            cors(
                HTTPCORSFilter.builder()
                    .allowOrigins(n(65, i -> "https://o" + i + ".example.com"))
                    .build()),
            ".spec.rules[0].filters[0].cors.allowOrigins",
            "at most 64 items"),
        Arguments.of(
            "10 CORS methods",
            cors(
                HTTPCORSFilter.builder()
                    .allowMethods(Arrays.asList(HTTPMethodWithWildcard.values()))
                    .build()),
            ".spec.rules[0].filters[0].cors.allowMethods",
            "at most 9 items"),
        Arguments.of(
            "65 CORS allowed headers",
            cors(HTTPCORSFilter.builder().allowHeaders(n(65, i -> "h" + i)).build()),
            ".spec.rules[0].filters[0].cors.allowHeaders",
            "at most 64 items"),
        Arguments.of(
            "65 CORS exposed headers",
            cors(HTTPCORSFilter.builder().exposeHeaders(n(65, i -> "h" + i)).build()),
            ".spec.rules[0].filters[0].cors.exposeHeaders",
            "at most 64 items"),
        Arguments.of(
            "65 ExternalAuth allowed headers",
            oneRule(
                HTTPRouteRule.builder()
                    .addFilter(
                        HTTPRouteFilter.builder()
                            .type(HTTPRouteFilterType.EXTERNAL_AUTH)
                            .externalAuth(
                                HTTPExternalAuthFilter.builder()
                                    .protocol(HTTPRouteExternalAuthProtocol.HTTP)
                                    .backendRef(
                                        BackendObjectReference.builder()
                                            .name("auth")
                                            .port(9000)
                                            .build())
                                    .http(
                                        HTTPAuthConfig.builder()
                                            .allowedHeaders(n(65, i -> "h" + i))
                                            .build())
                                    .build())
                            .build())
                    .build()),
            ".spec.rules[0].filters[0].externalAuth.http.allowedHeaders",
            "at most 64 items"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tooMany")
  void countAndLengthLimitsAreReported(
      String name, HTTPRouteSpec spec, String path, String message) {
    assertErrorsOnlyAt(validate(route(spec)), path, message);
  }

  @Test
  void exactlySixteenOfEverythingPasses() {
    HTTPRouteSpec spec =
        spec()
            .parentRefs(n(32, i -> ParentReference.builder().name("gw" + i).build()))
            .hostnames(n(16, i -> "h" + i + ".example.com"))
            .rules(
                List.of(
                    HTTPRouteRule.builder()
                        .matches(n(64, i -> match("/a" + i)))
                        .backendRefs(n(16, i -> backend("b" + i)))
                        .filters(n(16, i -> extensionRef("f" + i)))
                        .build(),
                    HTTPRouteRule.builder().matches(n(64, i -> match("/b" + i))).build()))
            .build();

    assertThat(errors(validate(route(spec)))).isEmpty();
  }

  // ---- warnings

  @Test
  void headerMatchNamesDifferingOnlyInCaseAreAWarning() {
    HTTPRouteSpec spec =
        oneMatch(
            HTTPRouteMatch.builder()
                .addHeader(HTTPHeaderMatch.builder().name("X-Env").value("a").build())
                .addHeader(HTTPHeaderMatch.builder().name("x-env").value("b").build())
                .build());

    List<Violation> violations = validate(route(spec));
    assertThat(errors(violations)).isEmpty();
    assertThat(violations)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.WARNING);
              assertThat(v.path().toString())
                  .isEqualTo(".spec.rules[0].matches[0].headers[1].name");
              assertThat(v.message()).contains("only the first is used");
            });
  }

  @Test
  void oneHeaderInTwoModifierActionsIsAWarning() {
    HTTPRouteSpec spec =
        headerFilter(
            HTTPHeaderFilter.builder().addSet(HTTPHeader.of("X-A", "1")).addRemove("x-a").build());

    List<Violation> violations = validate(route(spec));
    assertThat(violations)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.WARNING);
              assertThat(v.path().toString())
                  .isEqualTo(".spec.rules[0].filters[0].requestHeaderModifier.remove[0]");
              assertThat(v.message()).contains("only one action per header name");
            });
  }

  // ---- helpers

  private static <T> List<T> n(int count, IntFunction<T> item) {
    return IntStream.range(0, count).mapToObj(item).toList();
  }

  private static io.elbgateway.model.gateway.ImmutableHTTPRouteSpec.Builder spec() {
    return HTTPRouteSpec.builder();
  }

  private static HTTPRoute route(HTTPRouteSpec spec) {
    return HTTPRoute.builder().metadata(ObjectMeta.of("ns", "r")).spec(spec).build();
  }

  private static HTTPRouteMatch match(String path) {
    return HTTPRouteMatch.builder().path(HTTPPathMatch.builder().value(path).build()).build();
  }

  private static HTTPRouteSpec oneRule(HTTPRouteRule rule) {
    return spec().addRule(rule).build();
  }

  private static HTTPRouteSpec oneMatch(HTTPRouteMatch match) {
    return oneRule(HTTPRouteRule.builder().addMatch(match).build());
  }

  private static HTTPRouteSpec headerFilter(HTTPHeaderFilter filter) {
    return oneRule(
        HTTPRouteRule.builder()
            .addFilter(
                HTTPRouteFilter.builder()
                    .type(HTTPRouteFilterType.REQUEST_HEADER_MODIFIER)
                    .requestHeaderModifier(filter)
                    .build())
            .build());
  }

  private static HTTPRouteSpec cors(HTTPCORSFilter cors) {
    return oneRule(
        HTTPRouteRule.builder()
            .addFilter(HTTPRouteFilter.builder().type(HTTPRouteFilterType.CORS).cors(cors).build())
            .build());
  }

  private static HTTPRouteFilter extensionRef(String name) {
    return HTTPRouteFilter.builder()
        .type(HTTPRouteFilterType.EXTENSION_REF)
        .extensionRef(
            LocalObjectReference.builder().group("example.com").kind("Filter").name(name).build())
        .build();
  }

  private static HTTPBackendRef backend(String name) {
    return HTTPBackendRef.builder().name(name).port(80).build();
  }
}
