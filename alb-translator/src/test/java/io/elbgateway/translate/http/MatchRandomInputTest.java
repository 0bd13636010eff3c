/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.elbgateway.model.elb.QueryStringKeyValuePair;
import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.gateway.GRPCHeaderMatch;
import io.elbgateway.model.gateway.GRPCHeaderMatchType;
import io.elbgateway.model.gateway.GRPCMethodMatch;
import io.elbgateway.model.gateway.GRPCMethodMatchType;
import io.elbgateway.model.gateway.GRPCRouteMatch;
import io.elbgateway.model.gateway.HTTPHeaderMatch;
import io.elbgateway.model.gateway.HTTPHeaderMatchType;
import io.elbgateway.model.gateway.HTTPMethod;
import io.elbgateway.model.gateway.HTTPPathMatch;
import io.elbgateway.model.gateway.HTTPPathMatchType;
import io.elbgateway.model.gateway.HTTPQueryParamMatch;
import io.elbgateway.model.gateway.HTTPQueryParamMatchType;
import io.elbgateway.model.gateway.HTTPRouteMatch;
import io.elbgateway.translate.AlbQuotas;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random inputs: both encoders never throw, are deterministic, give rules or a problem
 * (never both, never neither), every rule keeps the quotas (checked apart from ConditionBudget),
 * and a split keeps the meaning of the single rule the quotas would not allow.
 */
class MatchRandomInputTest {

  private static final String[] PIECES = {
    "a", "B", "z9", "/", "//", "/.", "..", "*", "?", "\\", "(", ")", "[", "]", "{", "}", "|", "^", "$", ".", "+", ",", ";",
    "=", "%2F", "&", "'", "\"", "@", ":", "~", "!", "#", " ", "é", "\u0000", "\n", "\uD83D\uDE00", "(?=", "(?<=", "\\1", "a++",
    "\\p{L}", "(?>", "(?R)", "[^/]", ".*", "{2}", "-", "_", "Host", "x".repeat(30)
  };
  private static final String[] HOSTS = {
    "a.example.com", "*.example.com", "b.example.net", "*.x.y.example.org", "localhost", "a.example.123", "A.Example.COM", "",
    "*", "*.", "a..b.com", "bad_host.com", "a." + "b".repeat(130) + ".com", "c.example.com", "d.example.com", "e.example.com"
  };
  private static final AlbQuotas UNLIMITED =
      AlbQuotas.builder().valuesPerCondition(1000).conditionValuesPerRule(1000).wildcardsPerRule(1000).rulesPerLoadBalancer(1_000_000).build();

  @Test
  void httpMatchesNeverThrowAndKeepTheQuotas() {
    Random random = new Random(20260101L);
    int ok = 0;
    for (int i = 0; i < 3000; i++) {
      HTTPRouteMatch match = httpMatch(random);
      List<String> hosts = hosts(random);
      List<RuleCondition> extra = extra(random);
      AlbQuotas quotas = quotas(random);
      EncodedMatch encoded = MatchConditions.http(match, hosts, extra, quotas);
      check(encoded, MatchConditions.http(match, hosts, extra, quotas), quotas);
      if (encoded.problem().isEmpty()) {
        ok++;
        EncodedMatch whole = MatchConditions.http(match, hosts, extra, UNLIMITED);
        sameMeaning(encoded, whole, random);
      }
    }
    assertThat(ok).as("inputs that encode").isGreaterThan(250);
  }

  @Test
  void grpcMatchesNeverThrowAndKeepTheQuotas() {
    Random random = new Random(42L);
    int ok = 0;
    for (int i = 0; i < 3000; i++) {
      GRPCRouteMatch match = random.nextInt(10) == 0 ? null : grpcMatch(random);
      List<String> hosts = hosts(random);
      List<RuleCondition> extra = extra(random);
      AlbQuotas quotas = quotas(random);
      EncodedMatch encoded = MatchConditions.grpc(match, hosts, extra, quotas);
      check(encoded, MatchConditions.grpc(match, hosts, extra, quotas), quotas);
      if (encoded.problem().isEmpty()) {
        ok++;
        sameMeaning(encoded, MatchConditions.grpc(match, hosts, extra, UNLIMITED), random);
      }
    }
    assertThat(ok).as("inputs that encode").isGreaterThan(250);
  }

  private static void check(EncodedMatch encoded, EncodedMatch again, AlbQuotas quotas) {
    if (!again.equals(encoded)) {
      fail("not deterministic: " + encoded + " then " + again);
    }
    if (encoded.problem().isPresent() == !encoded.rules().isEmpty()) {
      fail("rules and problem, or neither: " + encoded);
    }
    encoded.problem().ifPresent(p -> {
      if (p.message().contains("could not encode") || !(p.message().startsWith(":") || p.message().startsWith("."))) {
        fail("unexpected problem: " + p);
      }
    });
    for (List<RuleCondition> rule : encoded.rules()) {
      List<String> broken = MatchAlb.broken(rule, quotas);
      if (!broken.isEmpty()) {
        fail(rule + " breaks " + broken + " of " + quotas);
      }
    }
    assertThat(encoded.rules().size()).isLessThanOrEqualTo(Math.max(1, quotas.rulesPerLoadBalancer()));
  }

  /** The split rules match what the one unsplit rule matches, on requests made of the rules' own values. */
  private static void sameMeaning(EncodedMatch split, EncodedMatch whole, Random random) {
    if (whole.rules().size() != 1) {
      return; // whole may still fail (e.g. two source-ip conditions); then split failed too
    }
    List<String> hosts = new ArrayList<>(List.of("a.example.com", "x.example.com", "b.example.net", "q.x.y.example.org"));
    List<String> paths = new ArrayList<>(List.of("/", "/a", "/a/b", "/foo.bar.Svc/Get"));
    List<String> values = new ArrayList<>(List.of("1", "a"));
    for (RuleCondition c : whole.rules().get(0)) {
      c.hostHeaderConfig().ifPresent(h -> h.values().forEach(v -> hosts.add(v.replace("*", "w"))));
      c.pathPatternConfig().ifPresent(p -> p.values().forEach(v -> {
        paths.add(v.replace("*", ""));
        paths.add(v.replace("*", "x/y"));
      }));
      c.httpHeaderConfig().ifPresent(h -> values.addAll(h.values()));
    }
    List<String> names = List.of("a", "b", "x", "Host", "x-version");
    List<String> ips = List.of("10.0.0.0/8", "1.0.0.0/8", "2.0.0.0/8");
    for (int i = 0; i < 20; i++) {
      Map<String, List<String>> headers = Map.of(names.get(random.nextInt(names.size())), List.of(values.get(random.nextInt(values.size()))));
      var request =
          new MatchAlb.Request(
              hosts.get(random.nextInt(hosts.size())),
              paths.get(random.nextInt(paths.size())),
              random.nextBoolean() ? "GET" : "POST",
              headers,
              List.of(Map.entry("a", "1")),
              ips.get(random.nextInt(ips.size())));
      if (MatchAlb.anyRule(split.rules(), request) != MatchAlb.anyRule(whole.rules(), request)) {
        fail("split " + split.rules() + " and whole " + whole.rules() + " differ on " + request);
      }
    }
  }

  private static String text(Random random) {
    if (random.nextInt(4) == 0) {
      return random.nextBoolean() ? "/api" : "v1";
    }
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(6);
    for (int i = 0; i < n; i++) {
      sb.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return sb.toString();
  }

  private static String path(Random random) {
    String t = text(random);
    return random.nextInt(5) == 0 ? t : "/" + t;
  }

  private static HTTPRouteMatch httpMatch(Random random) {
    var b = HTTPRouteMatch.builder();
    if (random.nextInt(4) != 0) {
      b.path(HTTPPathMatch.builder().type(HTTPPathMatchType.values()[random.nextInt(3)]).value(path(random)).build());
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      b.addHeader(
          HTTPHeaderMatch.builder()
              .type(random.nextInt(3) == 0 ? HTTPHeaderMatchType.REGULAR_EXPRESSION : HTTPHeaderMatchType.EXACT)
              .name(random.nextBoolean() ? "x-h" + random.nextInt(3) : text(random))
              .value(text(random))
              .build());
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      b.addQueryParam(
          HTTPQueryParamMatch.builder()
              .type(random.nextInt(4) == 0 ? HTTPQueryParamMatchType.REGULAR_EXPRESSION : HTTPQueryParamMatchType.EXACT)
              .name(random.nextBoolean() ? "q" + random.nextInt(3) : text(random))
              .value(text(random))
              .build());
    }
    if (random.nextBoolean()) {
      b.method(HTTPMethod.values()[random.nextInt(HTTPMethod.values().length)]);
    }
    return b.build();
  }

  private static GRPCRouteMatch grpcMatch(Random random) {
    var b = GRPCRouteMatch.builder();
    if (random.nextInt(4) != 0) {
      b.method(
          GRPCMethodMatch.builder()
              .type(random.nextBoolean() ? GRPCMethodMatchType.EXACT : GRPCMethodMatchType.REGULAR_EXPRESSION)
              .service(random.nextBoolean() ? Optional.of(random.nextBoolean() ? "foo.bar.Svc" : text(random)) : Optional.empty())
              .method(random.nextBoolean() ? Optional.of(random.nextBoolean() ? "Get" : text(random)) : Optional.empty())
              .build());
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      b.addHeader(
          GRPCHeaderMatch.builder()
              .type(random.nextInt(3) == 0 ? GRPCHeaderMatchType.REGULAR_EXPRESSION : GRPCHeaderMatchType.EXACT)
              .name(random.nextBoolean() ? "x-h" + random.nextInt(3) : text(random))
              .value(text(random))
              .build());
    }
    return b.build();
  }

  private static List<String> hosts(Random random) {
    List<String> hosts = new ArrayList<>();
    for (int i = random.nextInt(3) == 0 ? 0 : random.nextInt(9); i > 0; i--) {
      hosts.add(random.nextInt(3) == 0 ? HOSTS[random.nextInt(HOSTS.length)] : HOSTS[random.nextInt(4) + (random.nextBoolean() ? 0 : 12)]);
    }
    return hosts;
  }

  private static List<RuleCondition> extra(Random random) {
    List<RuleCondition> extra = new ArrayList<>();
    for (int i = random.nextInt(4) == 0 ? random.nextInt(3) : 0; i > 0; i--) {
      switch (random.nextInt(4)) {
        case 0 -> {
          List<String> cidrs = new ArrayList<>();
          for (int k = random.nextInt(5); k > 0; k--) {
            cidrs.add(List.of("10.0.0.0/8", "1.0.0.0/8", "2.0.0.0/8").get(random.nextInt(3)));
          }
          extra.add(RuleCondition.sourceIp(cidrs));
        }
        case 1 -> extra.add(RuleCondition.httpHeader("x-e", List.of(text(random), "v*")));
        case 2 -> extra.add(RuleCondition.queryString(List.of(QueryStringKeyValuePair.of("a", "1"), QueryStringKeyValuePair.of("b", "*"))));
        default -> extra.add(RuleCondition.httpRequestMethod(List.of("GET", "POST")));
      }
    }
    return extra;
  }

  private static AlbQuotas quotas(Random random) {
    if (random.nextInt(3) != 0) {
      return AlbQuotas.defaults();
    }
    return AlbQuotas.builder()
        .valuesPerCondition(random.nextInt(5))
        .conditionValuesPerRule(random.nextInt(8))
        .wildcardsPerRule(random.nextInt(7))
        .conditionValueLength(random.nextInt(140))
        .rulesPerLoadBalancer(random.nextInt(12))
        .build();
  }
}
