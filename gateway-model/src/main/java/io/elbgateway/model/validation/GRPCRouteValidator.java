/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import io.elbgateway.model.gateway.GRPCBackendRef;
import io.elbgateway.model.gateway.GRPCHeaderMatch;
import io.elbgateway.model.gateway.GRPCMethodMatch;
import io.elbgateway.model.gateway.GRPCMethodMatchType;
import io.elbgateway.model.gateway.GRPCRoute;
import io.elbgateway.model.gateway.GRPCRouteFilter;
import io.elbgateway.model.gateway.GRPCRouteFilterType;
import io.elbgateway.model.gateway.GRPCRouteMatch;
import io.elbgateway.model.gateway.GRPCRouteRule;
import io.elbgateway.model.gateway.GRPCRouteSpec;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The OpenAPI limits and CEL rules of {@code GRPCRoute} ({@code apis/v1/grpcroute_types.go}):
 * rules, method and header matches, filters and their config, backends and session persistence.
 */
final class GRPCRouteValidator implements Validator<GRPCRoute> {

  /** An {@code Exact} service name: dot-separated identifiers, optionally with a leading dot. */
  static final Pattern SERVICE =
      Pattern.compile("^(?i)\\.?[a-z_][a-z_0-9]*(\\.[a-z_][a-z_0-9]*)*$");

  /** An {@code Exact} method name: one identifier. */
  static final Pattern METHOD = Pattern.compile("^[A-Za-z_][A-Za-z_0-9]*$");

  @Override
  public void validate(GRPCRoute route, Checks checks) {
    GRPCRouteSpec spec = route.spec();
    Checks s = checks.at("spec");
    RouteChecks.common(s, spec, 0, 16);
    s.items("rules", spec.rules(), 0, 16);
    RouteChecks.ruleNames(s, spec.rules());
    RouteChecks.totalMatches(s, spec.rules().stream().mapToInt(r -> r.matches().size()).sum());
    s.each("rules", spec.rules(), this::rule);
  }

  private void rule(Checks c, GRPCRouteRule rule) {
    c.items("matches", rule.matches(), 0, 64);
    c.each("matches", rule.matches(), this::match);
    filters(c, rule.filters());
    c.items("backendRefs", rule.backendRefs(), 0, 16);
    c.each("backendRefs", rule.backendRefs(), this::backendRef);
    c.ifPresent("sessionPersistence", rule.sessionPersistence(), RouteChecks::sessionPersistence);
  }

  private void backendRef(Checks c, GRPCBackendRef ref) {
    RouteChecks.backendRef(c, ref);
    filters(c, ref.filters());
  }

  private void match(Checks c, GRPCRouteMatch match) {
    c.ifPresent("method", match.method(), this::method);
    RouteChecks.headerMatches(c, match.headers(), GRPCHeaderMatch::name, GRPCHeaderMatch::value);
  }

  private void method(Checks c, GRPCMethodMatch method) {
    c.require(
        method.service().isPresent() || method.method().isPresent(),
        "One or both of 'service' or 'method' must be specified");
    boolean exact = method.type() == GRPCMethodMatchType.EXACT;
    c.ifPresent(
        "service",
        method.service(),
        (s, v) -> {
          if (s.length(v, 0, 1024) && exact) {
            s.require(
                SERVICE.matcher(v).matches(),
                "service must only contain valid characters (matching " + SERVICE.pattern() + ")");
          }
        });
    c.ifPresent(
        "method",
        method.method(),
        (m, v) -> {
          if (m.length(v, 0, 1024) && exact) {
            m.require(
                METHOD.matcher(v).matches(),
                "method must only contain valid characters (matching " + METHOD.pattern() + ")");
          }
        });
  }

  private void filters(Checks c, List<GRPCRouteFilter> filters) {
    c.items("filters", filters, 0, 16);
    RouteChecks.notRepeated(
        c, "filters", filters, GRPCRouteFilter::type, GRPCRouteFilterType.REQUEST_HEADER_MODIFIER);
    RouteChecks.notRepeated(
        c, "filters", filters, GRPCRouteFilter::type, GRPCRouteFilterType.RESPONSE_HEADER_MODIFIER);
    c.each("filters", filters, this::filter);
  }

  private void filter(Checks c, GRPCRouteFilter filter) {
    GRPCRouteFilterType type = filter.type();
    config(
        c,
        "requestHeaderModifier",
        filter.requestHeaderModifier(),
        type,
        GRPCRouteFilterType.REQUEST_HEADER_MODIFIER);
    config(
        c,
        "responseHeaderModifier",
        filter.responseHeaderModifier(),
        type,
        GRPCRouteFilterType.RESPONSE_HEADER_MODIFIER);
    config(c, "requestMirror", filter.requestMirror(), type, GRPCRouteFilterType.REQUEST_MIRROR);
    config(c, "extensionRef", filter.extensionRef(), type, GRPCRouteFilterType.EXTENSION_REF);
    c.ifPresent("requestHeaderModifier", filter.requestHeaderModifier(), RouteChecks::headerFilter);
    c.ifPresent(
        "responseHeaderModifier", filter.responseHeaderModifier(), RouteChecks::headerFilter);
    c.ifPresent("requestMirror", filter.requestMirror(), RouteChecks::mirror);
    c.ifPresent("extensionRef", filter.extensionRef(), RouteChecks::localObjectReference);
  }

  private static void config(
      Checks c, String field, Optional<?> value, GRPCRouteFilterType type, GRPCRouteFilterType of) {
    RouteChecks.configMatchesType(c, field, value.isPresent(), of.toString(), type == of);
  }
}
