/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.gateway.GRPCHeaderMatch;
import io.elbgateway.model.gateway.GRPCHeaderMatchType;
import io.elbgateway.model.gateway.GRPCRouteMatch;
import io.elbgateway.model.gateway.HTTPHeaderMatch;
import io.elbgateway.model.gateway.HTTPHeaderMatchType;
import io.elbgateway.model.gateway.HTTPRouteMatch;
import io.elbgateway.translate.AlbQuotas;
import io.elbgateway.translate.status.Problem;
import io.elbgateway.translate.status.Reasons;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Gateway API matches as ALB rule conditions, with the spec's semantics rather than ALB's.
 *
 * <p>One match, served on some hostnames, becomes the AND of: a host-header condition with every
 * hostname ({@link MatchHostnames}), a path-pattern condition ({@link PathEncoding}, or {@link
 * MatchGrpcMethod} for gRPC), an http-request-method condition, one http-header condition per
 * header ({@link MatchHeaders}), one query-string condition per query parameter ({@link
 * MatchQueryParams}), and the extra conditions the caller adds. {@link ConditionBudget} then lays
 * them out in as few ALB rules as the quotas allow, cutting only ORed values apart.
 *
 * <p>The result is the rules' condition lists, or a {@link Problem} with reason {@code
 * UnsupportedValue} whose message starts with the field relative to the match ({@code
 * .path.value: ...}, {@code .headers[1].value: ...}; empty before the colon for the match as a
 * whole, e.g. a quota) for the caller to prefix with {@code .spec.rules[i].matches[j]}. Where ALB
 * cannot do exactly what the spec says, the result declares a deviation. Never throws.
 */
public final class MatchConditions {

  private MatchConditions() {}

  /**
   * An HTTPRoute match served on {@code hostnames} (empty: any host), with {@code extra} conditions
   * ANDed to every rule (e.g. a ListenerRuleConfiguration's source-ip).
   */
  public static EncodedMatch http(HTTPRouteMatch match, List<String> hostnames, List<RuleCondition> extra, AlbQuotas quotas) {
    try {
      HTTPRouteMatch m = match == null ? HTTPRouteMatch.builder().build() : match;
      MatchEncoding out = new MatchEncoding();
      MatchHostnames.encode(orEmpty(hostnames), out);
      PathEncoding.http(m.path(), quotas, out);
      m.method().ifPresent(method -> out.add(RuleCondition.httpRequestMethod(List.of(method.toString()))));
      MatchHeaders.encode(m.headers().stream().map(MatchConditions::header).toList(), quotas, out);
      MatchQueryParams.encode(m.queryParams(), quotas, out);
      return out.finish(orEmpty(extra), quotas);
    } catch (RuntimeException e) {
      return unexpected(e);
    }
  }

  /**
   * A GRPCRoute match served on {@code hostnames}. A match without a method match, or a rule
   * without matches (pass {@code GRPCRouteMatch.builder().build()}), is every gRPC request.
   */
  public static EncodedMatch grpc(GRPCRouteMatch match, List<String> hostnames, List<RuleCondition> extra, AlbQuotas quotas) {
    try {
      GRPCRouteMatch m = match == null ? GRPCRouteMatch.builder().build() : match;
      MatchEncoding out = new MatchEncoding();
      MatchHostnames.encode(orEmpty(hostnames), out);
      MatchGrpcMethod.encode(m.method(), quotas, out);
      // A gRPC call is an HTTP/2 POST with a gRPC content type; without these conditions the rule
      // would also catch plain HTTP requests to the same paths, which the spec sends elsewhere.
      out.add(RuleCondition.httpRequestMethod(List.of("POST")));
      out.add(RuleCondition.httpHeader("content-type", List.of("application/grpc*")));
      MatchHeaders.encode(m.headers().stream().map(MatchConditions::header).toList(), quotas, out);
      return out.finish(orEmpty(extra), quotas);
    } catch (RuntimeException e) {
      return unexpected(e);
    }
  }

  private static MatchHeaders.Header header(HTTPHeaderMatch h) {
    return new MatchHeaders.Header(h.name(), h.type() == HTTPHeaderMatchType.REGULAR_EXPRESSION, h.value());
  }

  private static MatchHeaders.Header header(GRPCHeaderMatch h) {
    return new MatchHeaders.Header(h.name(), h.type() == GRPCHeaderMatchType.REGULAR_EXPRESSION, h.value());
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
  }

  /** A defect of the translator, not of the input; still reported, never thrown. */
  private static EncodedMatch unexpected(RuntimeException e) {
    return EncodedMatch.builder()
        .problem(
            Problem.of(
                Reasons.UNSUPPORTED_VALUE,
                ": the translator could not encode this match ("
                    + Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName())
                    + ")"))
        .build();
  }
}
