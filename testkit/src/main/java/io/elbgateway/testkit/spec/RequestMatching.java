/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import io.elbgateway.model.gateway.GRPCHeaderMatch;
import io.elbgateway.model.gateway.GRPCHeaderMatchType;
import io.elbgateway.model.gateway.GRPCMethodMatch;
import io.elbgateway.model.gateway.GRPCMethodMatchType;
import io.elbgateway.model.gateway.GRPCRouteMatch;
import io.elbgateway.model.gateway.HTTPHeaderMatch;
import io.elbgateway.model.gateway.HTTPHeaderMatchType;
import io.elbgateway.model.gateway.HTTPPathMatch;
import io.elbgateway.model.gateway.HTTPQueryParamMatch;
import io.elbgateway.model.gateway.HTTPQueryParamMatchType;
import io.elbgateway.model.gateway.HTTPRouteMatch;
import io.elbgateway.testkit.alb.HttpRequest;
import io.elbgateway.testkit.alb.NameValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Whether a request satisfies an HTTPRoute or GRPCRoute match (§3.1, §3.2, §3.5). */
final class RequestMatching {

  private RequestMatching() {}

  /** §3.2: path AND headers AND query params AND method. */
  static boolean matches(HTTPRouteMatch match, HttpRequest request) {
    return pathMatches(match.path(), request.path())
        && match.method().map(m -> m.toString().equals(request.method())).orElse(true)
        && effectiveHeaders(match.headers()).stream().allMatch(h -> headerMatches(h, request))
        && effectiveQueryParams(match.queryParams()).stream().allMatch(q -> queryMatches(q, request));
  }

  /** §3.1 path match by type. */
  static boolean pathMatches(HTTPPathMatch path, String requestPath) {
    switch (path.type()) {
      case EXACT:
        return Paths.exact(path.value(), requestPath);
      case PATH_PREFIX:
        return Paths.prefix(path.value(), requestPath);
      case REGULAR_EXPRESSION:
        return Paths.regex(path.value(), requestPath);
      default:
        return false;
    }
  }

  /**
   * §3.2: header names compare case-insensitively; when a match lists a name twice only the first
   * entry counts.
   */
  static List<HTTPHeaderMatch> effectiveHeaders(List<HTTPHeaderMatch> headers) {
    Set<String> seen = new HashSet<>();
    List<HTTPHeaderMatch> result = new ArrayList<>();
    for (HTTPHeaderMatch header : headers) {
      if (seen.add(header.name().toLowerCase(Locale.ROOT))) {
        result.add(header);
      }
    }
    return result;
  }

  /** §3.2: query parameter names compare exactly; only the first entry of a name counts. */
  static List<HTTPQueryParamMatch> effectiveQueryParams(List<HTTPQueryParamMatch> params) {
    Set<String> seen = new HashSet<>();
    List<HTTPQueryParamMatch> result = new ArrayList<>();
    for (HTTPQueryParamMatch param : params) {
      if (seen.add(param.name())) {
        result.add(param);
      }
    }
    return result;
  }

  /**
   * §3.2 header value: Exact is case-sensitive, RegularExpression a java.util.regex full match.
   * Repeated request headers are implementation-specific; choice: the first value counts, as the
   * spec recommends for query parameters.
   */
  static boolean headerMatches(HTTPHeaderMatch header, HttpRequest request) {
    return firstHeader(request, header.name())
        .map(v -> header.type() == HTTPHeaderMatchType.REGULAR_EXPRESSION
            ? Paths.regex(header.value(), v)
            : header.value().equals(v))
        .orElse(false);
  }

  /** §3.2 query: exact case-sensitive name; the first value of a repeated parameter counts. */
  static boolean queryMatches(HTTPQueryParamMatch param, HttpRequest request) {
    return request.queryParameters().stream()
        .filter(p -> p.name().equals(param.name()))
        .map(NameValue::value)
        .findFirst()
        .map(v -> param.type() == HTTPQueryParamMatchType.REGULAR_EXPRESSION
            ? Paths.regex(param.value(), v)
            : param.value().equals(v))
        .orElse(false);
  }

  /** §2.5/§3.5: service and method (Exact case-sensitive, or regex full match) AND headers. */
  static boolean matches(GRPCRouteMatch match, GrpcCall call, HttpRequest request) {
    if (match.method().isPresent() && !methodMatches(match.method().get(), call)) {
      return false;
    }
    return effectiveGrpcHeaders(match.headers()).stream().allMatch(h -> firstHeader(request, h.name())
        .map(v -> h.type() == GRPCHeaderMatchType.REGULAR_EXPRESSION ? Paths.regex(h.value(), v) : h.value().equals(v))
        .orElse(false));
  }

  static List<GRPCHeaderMatch> effectiveGrpcHeaders(List<GRPCHeaderMatch> headers) {
    Set<String> seen = new HashSet<>();
    List<GRPCHeaderMatch> result = new ArrayList<>();
    for (GRPCHeaderMatch header : headers) {
      if (seen.add(header.name().toLowerCase(Locale.ROOT))) {
        result.add(header);
      }
    }
    return result;
  }

  private static boolean methodMatches(GRPCMethodMatch method, GrpcCall call) {
    boolean regex = method.type() == GRPCMethodMatchType.REGULAR_EXPRESSION;
    return method.service().map(s -> regex ? Paths.regex(s, call.service) : s.equals(call.service)).orElse(true)
        && method.method().map(m -> regex ? Paths.regex(m, call.method) : m.equals(call.method)).orElse(true);
  }

  private static Optional<String> firstHeader(HttpRequest request, String name) {
    if (name.equalsIgnoreCase("host")) {
      return Optional.of(request.host());
    }
    List<String> values = request.headerValues(name);
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
