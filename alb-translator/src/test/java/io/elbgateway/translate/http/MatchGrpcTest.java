/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import static io.elbgateway.translate.http.MatchFixtures.QUOTAS;
import static io.elbgateway.translate.http.MatchFixtures.codes;
import static io.elbgateway.translate.http.MatchFixtures.onlyRule;
import static io.elbgateway.translate.http.MatchFixtures.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.gateway.GRPCHeaderMatch;
import io.elbgateway.model.gateway.GRPCHeaderMatchType;
import io.elbgateway.model.gateway.GRPCMethodMatch;
import io.elbgateway.model.gateway.GRPCMethodMatchType;
import io.elbgateway.model.gateway.GRPCRouteMatch;
import io.elbgateway.translate.DeviationCode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MatchGrpcTest {

  private static GRPCRouteMatch method(GRPCMethodMatchType type, String service, String method) {
    return GRPCRouteMatch.builder()
        .method(GRPCMethodMatch.builder().type(type).service(Optional.ofNullable(service)).method(Optional.ofNullable(method)).build())
        .build();
  }

  private static EncodedMatch encode(GRPCRouteMatch match) {
    return MatchConditions.grpc(match, List.of(), List.of(), QUOTAS);
  }

  /** A gRPC call: a POST with a gRPC content type. */
  private static MatchAlb.Request call(String path) {
    return new MatchAlb.Request(
        "", path, "POST", Map.of("content-type", List.of("application/grpc+proto")), List.of(), "10.0.0.1");
  }

  private static boolean matches(GRPCRouteMatch match, String path) {
    return MatchAlb.anyRule(encode(match).rules(), call(path));
  }

  /** What every gRPC rule carries besides its path: the conditions that tell a gRPC call. */
  private static final List<RuleCondition> GRPC =
      List.of(
          RuleCondition.httpRequestMethod(List.of("POST")),
          RuleCondition.httpHeader("content-type", List.of("application/grpc*")));

  private static List<RuleCondition> grpc(RuleCondition path, RuleCondition... more) {
    List<RuleCondition> all = new java.util.ArrayList<>();
    all.add(path);
    all.addAll(GRPC);
    all.addAll(List.of(more));
    return all;
  }

  @Test
  void onlyGrpcCallsMatchNotPlainRequestsToTheSamePath() {
    GRPCRouteMatch any = GRPCRouteMatch.builder().build();
    assertThat(matches(any, "/pkg.Svc/Get")).isTrue();
    assertThat(MatchAlb.anyRule(encode(any).rules(), MatchAlb.Request.path("/pkg.Svc/Get"))).isFalse();
    assertThat(MatchAlb.anyRule(
            encode(any).rules(),
            new MatchAlb.Request("", "/pkg.Svc/Get", "POST", Map.of("content-type", List.of("application/json")), List.of(), "10.0.0.1")))
        .isFalse();
    assertThat(matches(any, "/only-one-segment")).isFalse();
  }

  @Test
  void exactServiceAndMethodIsOnePath() {
    GRPCRouteMatch match = method(GRPCMethodMatchType.EXACT, "foo.bar.Greeter", "SayHello");
    assertThat(onlyRule(encode(match))).containsExactlyElementsOf(grpc(RuleCondition.pathPattern(List.of("/foo.bar.Greeter/SayHello"))));
    assertThat(matches(match, "/foo.bar.Greeter/SayHello")).isTrue();
    assertThat(matches(match, "/fooXbar.Greeter/SayHello")).isFalse();
    assertThat(matches(match, "/foo.bar.Greeter/SayHelloAgain")).isFalse();
  }

  @Test
  void serviceOnlyAndMethodOnly() {
    GRPCRouteMatch service = method(GRPCMethodMatchType.EXACT, "pkg.Svc", null);
    assertThat(onlyRule(encode(service))).containsExactlyElementsOf(grpc(RuleCondition.pathPattern(List.of("/pkg.Svc/*"))));
    assertThat(matches(service, "/pkg.Svc/Any")).isTrue();
    assertThat(matches(service, "/pkg.Svc2/Any")).isFalse();
    GRPCRouteMatch method = method(GRPCMethodMatchType.EXACT, null, "Get");
    assertThat(onlyRule(encode(method))).containsExactlyElementsOf(grpc(RuleCondition.pathPattern(List.of("/*/Get"))));
    assertThat(matches(method, "/a.B/Get")).isTrue();
    assertThat(matches(method, "/a.B/GetX")).isFalse();
  }

  @Test
  void noMethodMatchIsEveryGrpcRequest() {
    assertThat(onlyRule(encode(GRPCRouteMatch.builder().build()))).containsExactlyElementsOf(grpc(RuleCondition.pathPattern(List.of("/*/*"))));
    assertThat(onlyRule(MatchConditions.grpc(null, List.of(), List.of(), QUOTAS))).containsExactlyElementsOf(grpc(RuleCondition.pathPattern(List.of("/*/*"))));
  }

  @Test
  void exactNamesWithWildcardCharactersMatchLiterally() {
    GRPCRouteMatch match = method(GRPCMethodMatchType.EXACT, "a*b", null);
    assertThat(onlyRule(encode(match))).containsExactlyElementsOf(grpc(RuleCondition.pathPatternRegex(List.of("^/a\\*b/[^/]+$"))));
    assertThat(matches(match, "/a*b/M")).isTrue();
    assertThat(matches(match, "/aXb/M")).isFalse();
  }

  @Test
  void regularExpressionServiceAndMethod() {
    GRPCRouteMatch both = method(GRPCMethodMatchType.REGULAR_EXPRESSION, "foo\\..*", "Get.*");
    assertThat(onlyRule(encode(both))).containsExactlyElementsOf(grpc(RuleCondition.pathPatternRegex(List.of("^/(foo\\..*)/(Get.*)$"))));
    assertThat(matches(both, "/foo.Bar/GetThing")).isTrue();
    assertThat(matches(both, "/fooXBar/GetThing")).isFalse();
    assertThat(matches(both, "/foo.Bar/PutThing")).isFalse();
    assertThat(codes(encode(both))).containsExactly(DeviationCode.REGEX_DIALECT);
    GRPCRouteMatch serviceOnly = method(GRPCMethodMatchType.REGULAR_EXPRESSION, "a.*", null);
    assertThat(onlyRule(encode(serviceOnly))).containsExactlyElementsOf(grpc(RuleCondition.pathPatternRegex(List.of("^/(a.*)/([^/]+)$"))));
    assertThat(problem(encode(method(GRPCMethodMatchType.REGULAR_EXPRESSION, null, "(?=x)")))).startsWith(".method.method: ").contains("lookahead");
  }

  @Test
  void headersAsForHttp() {
    GRPCRouteMatch match =
        GRPCRouteMatch.builder()
            .addHeader(GRPCHeaderMatch.builder().name("x-a").value("1,2").build())
            .addHeader(GRPCHeaderMatch.builder().type(GRPCHeaderMatchType.REGULAR_EXPRESSION).name("x-b").value("v.").build())
            .build();
    assertThat(onlyRule(encode(match)))
        .containsExactlyElementsOf(
            grpc(
                RuleCondition.pathPattern(List.of("/*/*")),
                RuleCondition.httpHeader("x-a", List.of("1,2")),
                RuleCondition.httpHeaderRegex("x-b", List.of("^(v.)$"))));
  }
}
