/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.gateway.GRPCMethodMatch;
import io.elbgateway.model.gateway.GRPCMethodMatchType;
import io.elbgateway.translate.AlbQuotas;
import io.elbgateway.translate.DeviationCode;
import java.util.List;
import java.util.Optional;

/**
 * A GRPCRoute method match as a {@code path-pattern} condition: gRPC requests are POSTs to {@code
 * /service/method} ({@code gateway-api.md} §3.5).
 *
 * <ul>
 *   <li>Exact service and method → {@code Values ["/service/method"]}; service only → {@code
 *       ["/service/*"]}; method only → {@code /*} then {@code /method}; neither, or no method match → {@code
 *       two wildcard segments (any service, any method). ALB's {@code *} also spans a {@code /}, but no gRPC request
 *       path has more than two segments, so over gRPC requests these are exact. {@link MatchConditions}
 *       adds the conditions that tell a gRPC call from a plain request: method POST and a
 *       {@code content-type} of {@code application/grpc*}.
 *   <li>An Exact name with a character path-pattern {@code Values} do not take literally (the
 *       spec's patterns allow none, but the translator does not rely on validation) → {@code
 *       RegexValues} with the names escaped and {@code [^/]+} for an absent one.
 *   <li>{@code RegularExpression} → {@code RegexValues ["^/(service)/(method)$"]}, {@code [^/]+} for
 *       an absent one, after {@link RegexSafety}; {@link DeviationCode#REGEX_DIALECT}.
 * </ul>
 */
final class MatchGrpcMethod {

  private static final String ANY = "[^/]+";

  private MatchGrpcMethod() {}

  /** Adds the path-pattern condition of {@code method} (empty: every gRPC request) to {@code out}. */
  static void encode(Optional<GRPCMethodMatch> method, AlbQuotas quotas, MatchEncoding out) {
    Optional<String> service = method.flatMap(GRPCMethodMatch::service).filter(s -> !s.isEmpty());
    Optional<String> name = method.flatMap(GRPCMethodMatch::method).filter(s -> !s.isEmpty());
    boolean regex = method.map(m -> m.type() == GRPCMethodMatchType.REGULAR_EXPRESSION).orElse(false);
    for (String s : service.stream().toList()) {
      if (!PathEncoding.visibleAscii(s)) {
        out.fail(".method.service", "contains a character outside visible ASCII, which ALB conditions cannot carry");
        return;
      }
    }
    for (String s : name.stream().toList()) {
      if (!PathEncoding.visibleAscii(s)) {
        out.fail(".method.method", "contains a character outside visible ASCII, which ALB conditions cannot carry");
        return;
      }
    }
    if (regex) {
      Optional<String> refusal = service.flatMap(RegexSafety::refusal);
      if (refusal.isPresent()) {
        out.fail(".method.service", refusal.get());
        return;
      }
      refusal = name.flatMap(RegexSafety::refusal);
      if (refusal.isPresent()) {
        out.fail(".method.method", refusal.get());
        return;
      }
      String pattern = "^/(" + service.orElse(ANY) + ")/(" + name.orElse(ANY) + ")$";
      if (PathEncoding.fits(pattern, ".method", quotas, out)) {
        out.add(RuleCondition.pathPatternRegex(List.of(pattern)));
        out.deviation(".method", DeviationCode.REGEX_DIALECT, PathEncoding.regexDialectMessage("gRPC service and method"));
      }
      return;
    }
    boolean literal =
        service.map(s -> PathEncoding.globSafe(s) && s.indexOf('/') < 0).orElse(true)
            && name.map(s -> PathEncoding.globSafe(s) && s.indexOf('/') < 0).orElse(true);
    if (literal) {
      String value =
          service.isEmpty() && name.isEmpty() ? "/*/*" : "/" + service.orElse("*") + "/" + name.orElse("*");
      if (PathEncoding.fits(value, ".method", quotas, out)) {
        out.add(RuleCondition.pathPattern(List.of(value)));
      }
      return;
    }
    String pattern =
        "^/"
            + service.map(RegexSafety::literal).orElse(ANY)
            + "/"
            + name.map(RegexSafety::literal).orElse(ANY)
            + "$";
    if (PathEncoding.fits(pattern, ".method", quotas, out)) {
      out.add(RuleCondition.pathPatternRegex(List.of(pattern)));
      out.deviation(
          ".method",
          DeviationCode.REGEX_DIALECT,
          "the service or method has characters ALB path patterns treat as wildcards or do not accept, so it is"
              + " matched literally by an escaped RegexValues pattern; AWS does not document whether ALB regexes"
              + " compare case-sensitively");
    }
  }
}
