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
import io.elbgateway.model.gateway.BackendRef;
import io.elbgateway.model.gateway.TCPRoute;
import io.elbgateway.model.gateway.TCPRouteRule;
import io.elbgateway.model.gateway.TCPRouteSpec;
import io.elbgateway.model.gateway.TLSRoute;
import io.elbgateway.model.gateway.TLSRouteRule;
import io.elbgateway.model.gateway.TLSRouteSpec;
import io.elbgateway.model.gateway.UDPRoute;
import io.elbgateway.model.gateway.UDPRouteRule;
import io.elbgateway.model.gateway.UDPRouteSpec;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectMeta;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** TLSRouteValidator, TCPRouteValidator and UDPRouteValidator. */
class L4RouteValidatorTest {

  static List<RouteValidationCases.Case> invalidCases() {
    return RouteValidationCases.load("l4route-invalid.yaml", "TCPRoute");
  }

  static List<RouteValidationCases.Case> validCases() {
    return RouteValidationCases.load("l4route-valid.yaml", "TCPRoute");
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

  static Stream<Arguments> manifests() {
    return Stream.of(
        Arguments.of("tlsroute-v1alpha2.yaml", TLSRoute.class),
        Arguments.of("tlsroute-v1alpha3.yaml", TLSRoute.class),
        Arguments.of("tcproute.yaml", TCPRoute.class),
        Arguments.of("udproute.yaml", UDPRoute.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("manifests")
  void realisticManifestsPass(String file, Class<? extends KubernetesObject> type)
      throws Exception {
    String yaml = TestManifests.text("routes/" + file);
    assertThat(validate(ModelMappers.yaml().readValue(yaml, type))).isEmpty();
  }

  static Stream<Arguments> tooMany() {
    List<BackendRef> one = List.of(BackendRef.builder().name("b").port(1).build());
    List<BackendRef> seventeen = n(17, i -> BackendRef.builder().name("b" + i).port(1).build());
    ObjectMeta meta = ObjectMeta.of("ns", "r");
    return Stream.of(
        Arguments.of(
            "TCPRoute with 17 rules",
            TCPRoute.builder()
                .metadata(meta)
                .spec(
                    TCPRouteSpec.builder()
                        .rules(n(17, i -> TCPRouteRule.builder().backendRefs(one).build()))
                        .build())
                .build(),
            ".spec.rules",
            "at most 16 items"),
        Arguments.of(
            "TCPRoute with 17 backends",
            TCPRoute.builder()
                .metadata(meta)
                .spec(
                    TCPRouteSpec.builder()
                        .addRule(TCPRouteRule.builder().backendRefs(seventeen).build())
                        .build())
                .build(),
            ".spec.rules[0].backendRefs",
            "at most 16 items"),
        Arguments.of(
            "UDPRoute with 17 backends",
            UDPRoute.builder()
                .metadata(meta)
                .spec(
                    UDPRouteSpec.builder()
                        .addRule(UDPRouteRule.builder().backendRefs(seventeen).build())
                        .build())
                .build(),
            ".spec.rules[0].backendRefs",
            "at most 16 items"),
        Arguments.of(
            "UDPRoute with 33 parentRefs",
            UDPRoute.builder()
                .metadata(meta)
                .spec(
                    UDPRouteSpec.builder()
                        .parentRefs(
                            n(
                                33,
                                i ->
                                    io.elbgateway.model.meta.ParentReference.builder()
                                        .name("gw" + i)
                                        .build()))
                        .addRule(UDPRouteRule.builder().backendRefs(one).build())
                        .build())
                .build(),
            ".spec.parentRefs",
            "at most 32 items"),
        Arguments.of(
            "TLSRoute v1alpha2 with 17 rules",
            TLSRoute.builder()
                .apiVersion("gateway.networking.k8s.io/v1alpha2")
                .metadata(meta)
                .spec(
                    TLSRouteSpec.builder()
                        .rules(n(17, i -> TLSRouteRule.builder().backendRefs(one).build()))
                        .build())
                .build(),
            ".spec.rules",
            "at most 16 items"),
        Arguments.of(
            "TLSRoute with 17 hostnames",
            TLSRoute.builder()
                .metadata(meta)
                .spec(
                    TLSRouteSpec.builder()
                        .hostnames(n(17, i -> "h" + i + ".example.com"))
                        .addRule(TLSRouteRule.builder().backendRefs(one).build())
                        .build())
                .build(),
            ".spec.hostnames",
            "at most 16 items"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tooMany")
  void countLimitsAreReported(String name, KubernetesObject route, String path, String message) {
    assertErrorsOnlyAt(validate(route), path, message);
  }

  private static <T> List<T> n(int count, IntFunction<T> item) {
    return IntStream.range(0, count).mapToObj(item).toList();
  }
}
