/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import static io.elbgateway.model.validation.RouteValidationCases.assertErrorsOnlyAt;
import static io.elbgateway.model.validation.RouteValidationCases.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.TestManifests;
import io.elbgateway.model.codec.ModelMappers;
import io.elbgateway.model.gateway.GRPCBackendRef;
import io.elbgateway.model.gateway.GRPCHeaderMatch;
import io.elbgateway.model.gateway.GRPCMethodMatch;
import io.elbgateway.model.gateway.GRPCRoute;
import io.elbgateway.model.gateway.GRPCRouteMatch;
import io.elbgateway.model.gateway.GRPCRouteRule;
import io.elbgateway.model.gateway.GRPCRouteSpec;
import io.elbgateway.model.meta.ObjectMeta;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GRPCRouteValidatorTest {

  static List<RouteValidationCases.Case> invalidCases() {
    return RouteValidationCases.load("grpcroute-invalid.yaml", "GRPCRoute");
  }

  static List<RouteValidationCases.Case> validCases() {
    return RouteValidationCases.load("grpcroute-valid.yaml", "GRPCRoute");
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

  @Test
  void theGuideManifestPasses() throws Exception {
    String yaml = TestManifests.text("routes/grpcroute.yaml");
    assertThat(validate(ModelMappers.yaml().readValue(yaml, GRPCRoute.class))).isEmpty();
  }

  static Stream<Arguments> tooMany() {
    GRPCRouteMatch match =
        GRPCRouteMatch.builder().method(GRPCMethodMatch.builder().service("a.B").build()).build();
    return Stream.of(
        Arguments.of(
            "17 rules",
            GRPCRouteSpec.builder().rules(n(17, i -> GRPCRouteRule.builder().build())).build(),
            ".spec.rules",
            "at most 16 items"),
        Arguments.of(
            "17 hostnames",
            GRPCRouteSpec.builder().hostnames(n(17, i -> "h" + i + ".example.com")).build(),
            ".spec.hostnames",
            "at most 16 items"),
        Arguments.of(
            "65 matches",
            GRPCRouteSpec.builder()
                .addRule(GRPCRouteRule.builder().matches(n(65, i -> match)).build())
                .build(),
            ".spec.rules[0].matches",
            "at most 64 items"),
        Arguments.of(
            "129 matches across rules",
            GRPCRouteSpec.builder()
                .addRule(GRPCRouteRule.builder().matches(n(64, i -> match)).build())
                .addRule(GRPCRouteRule.builder().matches(n(64, i -> match)).build())
                .addRule(GRPCRouteRule.builder().addMatch(match).build())
                .build(),
            ".spec.rules",
            "less than 128 (has 129)"),
        Arguments.of(
            "17 header matches",
            GRPCRouteSpec.builder()
                .addRule(
                    GRPCRouteRule.builder()
                        .addMatch(
                            GRPCRouteMatch.builder()
                                .headers(
                                    n(
                                        17,
                                        i ->
                                            GRPCHeaderMatch.builder()
                                                .name("h" + i)
                                                .value("v")
                                                .build()))
                                .build())
                        .build())
                .build(),
            ".spec.rules[0].matches[0].headers",
            "at most 16 items"),
        Arguments.of(
            "17 backendRefs",
            GRPCRouteSpec.builder()
                .addRule(
                    GRPCRouteRule.builder()
                        .backendRefs(
                            n(17, i -> GRPCBackendRef.builder().name("b" + i).port(1).build()))
                        .build())
                .build(),
            ".spec.rules[0].backendRefs",
            "at most 16 items"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tooMany")
  void countLimitsAreReported(String name, GRPCRouteSpec spec, String path, String message) {
    GRPCRoute route = GRPCRoute.builder().metadata(ObjectMeta.of("ns", "r")).spec(spec).build();
    assertErrorsOnlyAt(validate(route), path, message);
  }

  private static <T> List<T> n(int count, IntFunction<T> item) {
    return IntStream.range(0, count).mapToObj(item).toList();
  }
}
