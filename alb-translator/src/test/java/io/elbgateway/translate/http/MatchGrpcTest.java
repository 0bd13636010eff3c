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

  private static boolean matches(GRPCRouteMatch match, String path) {
    return MatchAlb.anyRule(encode(match).rules(), MatchAlb.Request.path(path));
  }

  @Test
  void exactServiceAndMethodIsOnePath() {
    GRPCRouteMatch match = method(GRPCMethodMatchType.EXACT, "foo.bar.Greeter", "SayHello");
    assertThat(onlyRule(encode(match))).containsExactly(RuleCondition.pathPattern(List.of("/foo.bar.Greeter/SayHello")));
    assertThat(matches(match, "/foo.bar.Greeter/SayHello")).isTrue();
    assertThat(matches(match, "/fooXbar.Greeter/SayHello")).isFalse();
    assertThat(matches(match, "/foo.bar.Greeter/SayHelloAgain")).isFalse();
  }

  @Test
  void serviceOnlyAndMethodOnly() {
    GRPCRouteMatch service = method(GRPCMethodMatchType.EXACT, "pkg.Svc", null);
    assertThat(onlyRule(encode(service))).containsExactly(RuleCondition.pathPattern(List.of("/pkg.Svc/*")));
    assertThat(matches(service, "/pkg.Svc/Any")).isTrue();
    assertThat(matches(service, "/pkg.Svc2/Any")).isFalse();
    GRPCRouteMatch method = method(GRPCMethodMatchType.EXACT, null, "Get");
    assertThat(onlyRule(encode(method))).containsExactly(RuleCondition.pathPattern(List.of("/*/Get")));
    assertThat(matches(method, "/a.B/Get")).isTrue();
    assertThat(matches(method, "/a.B/GetX")).isFalse();
  }

  @Test
  void noMethodMatchIsEveryGrpcRequest() {
    assertThat(onlyRule(encode(GRPCRouteMatch.builder().build()))).containsExactly(RuleCondition.pathPattern(List.of("/*")));
    assertThat(onlyRule(MatchConditions.grpc(null, List.of(), List.of(), QUOTAS))).containsExactly(RuleCondition.pathPattern(List.of("/*")));
  }

  @Test
  void exactNamesWithWildcardCharactersMatchLiterally() {
    GRPCRouteMatch match = method(GRPCMethodMatchType.EXACT, "a*b", null);
    assertThat(onlyRule(encode(match))).containsExactly(RuleCondition.pathPatternRegex(List.of("^/a\\*b/[^/]+$")));
    assertThat(matches(match, "/a*b/M")).isTrue();
    assertThat(matches(match, "/aXb/M")).isFalse();
  }

  @Test
  void regularExpressionServiceAndMethod() {
    GRPCRouteMatch both = method(GRPCMethodMatchType.REGULAR_EXPRESSION, "foo\\..*", "Get.*");
    assertThat(onlyRule(encode(both))).containsExactly(RuleCondition.pathPatternRegex(List.of("^/(foo\\..*)/(Get.*)$")));
    assertThat(matches(both, "/foo.Bar/GetThing")).isTrue();
    assertThat(matches(both, "/fooXBar/GetThing")).isFalse();
    assertThat(matches(both, "/foo.Bar/PutThing")).isFalse();
    assertThat(codes(encode(both))).containsExactly(DeviationCode.REGEX_DIALECT);
    GRPCRouteMatch serviceOnly = method(GRPCMethodMatchType.REGULAR_EXPRESSION, "a.*", null);
    assertThat(onlyRule(encode(serviceOnly))).containsExactly(RuleCondition.pathPatternRegex(List.of("^/(a.*)/([^/]+)$")));
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
        .containsExactly(
            RuleCondition.pathPattern(List.of("/*")),
            RuleCondition.httpHeader("x-a", List.of("1,2")),
            RuleCondition.httpHeaderRegex("x-b", List.of("^(v.)$")));
  }
}
