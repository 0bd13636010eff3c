/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.gen;

import io.elbgateway.model.gateway.GRPCRoute;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.HTTPRoute;
import io.elbgateway.model.gateway.ReferenceGrant;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.status.ConditionStatus;
import io.elbgateway.model.status.RouteStatus;
import io.elbgateway.model.validation.ModelValidator;
import io.elbgateway.model.validation.Severity;
import io.elbgateway.model.validation.Violation;
import io.elbgateway.testkit.property.Statistics;
import io.elbgateway.translate.Translation;
import io.elbgateway.translate.Translator;
import java.util.ArrayList;
import java.util.List;

/** Facts about generated scenarios, for the generator tests' checks and statistics. */
final class GenFacts {

  private GenFacts() {}

  static List<String> errors(Scenario scenario) {
    List<String> errors = new ArrayList<>();
    for (KubernetesObject object : scenario.objects()) {
      for (Violation v : ModelValidator.validate(object)) {
        if (v.severity() == Severity.ERROR) {
          errors.add(object.kind() + " " + object.metadata().name() + ": " + v);
        }
      }
    }
    return errors;
  }

  static List<Route> routes(Scenario scenario) {
    return scenario.objects().stream().filter(Route.class::isInstance).map(Route.class::cast).toList();
  }

  static long count(Scenario scenario, Class<?> kind) {
    return scenario.objects().stream().filter(kind::isInstance).count();
  }

  static Gateway gateway(Scenario scenario) {
    return scenario.objects().stream()
        .filter(Gateway.class::isInstance)
        .map(Gateway.class::cast)
        .findFirst()
        .orElseThrow();
  }

  static boolean crossNamespaceBackend(Scenario scenario) {
    for (Route route : routes(scenario)) {
      String ns = route.metadata().namespace().orElse("default");
      boolean cross =
          route instanceof HTTPRoute http
              ? http.spec().rules().stream()
                  .flatMap(r -> r.backendRefs().stream())
                  .anyMatch(b -> b.namespace().filter(n -> !n.equals(ns)).isPresent())
              : ((GRPCRoute) route)
                  .spec().rules().stream()
                      .flatMap(r -> r.backendRefs().stream())
                      .anyMatch(b -> b.namespace().filter(n -> !n.equals(ns)).isPresent());
      if (cross) {
        return true;
      }
    }
    return false;
  }

  /** Two different hostnames of listeners or routes where a wildcard covers the other. */
  static boolean overlappingHostnames(Scenario scenario) {
    List<String> names = new ArrayList<>();
    gateway(scenario).spec().listeners().forEach(l -> l.hostname().ifPresent(names::add));
    routes(scenario).forEach(r -> names.addAll(r.hostnames()));
    for (String a : names) {
      for (String b : names) {
        if (!a.equals(b) && a.startsWith("*.") && b.endsWith(a.substring(1))) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean anyRouteAccepted(Translation translation) {
    for (RouteStatus status : translation.routeStatuses().values()) {
      boolean accepted =
          status.parents().stream()
              .flatMap(p -> p.conditions().stream())
              .anyMatch(c -> c.type().equals("Accepted") && c.status() == ConditionStatus.TRUE);
      if (accepted) {
        return true;
      }
    }
    return false;
  }

  /** Whether a route status has a parent with Accepted and ResolvedRefs both True. */
  static boolean healthy(RouteStatus status) {
    if (status == null) {
      return false;
    }
    return status.parents().stream()
        .anyMatch(
            p ->
                p.conditions().stream()
                        .anyMatch(c -> c.type().equals("Accepted") && c.status() == ConditionStatus.TRUE)
                    && p.conditions().stream()
                        .anyMatch(
                            c -> c.type().equals("ResolvedRefs") && c.status() == ConditionStatus.TRUE));
  }

  /**
   * Whether some HTTPRoute match needs more than five condition values (route hostnames, path,
   * headers, query parameters, method): over ALB's quota per rule.
   */
  static boolean overQuota(Scenario scenario) {
    return routes(scenario).stream()
        .filter(HTTPRoute.class::isInstance)
        .map(HTTPRoute.class::cast)
        .anyMatch(
            r ->
                r.spec().rules().stream()
                    .flatMap(rule -> rule.matches().stream())
                    .anyMatch(
                        m ->
                            r.hostnames().size()
                                    + 1
                                    + m.headers().size()
                                    + m.queryParams().size()
                                    + (m.method().isPresent() ? 1 : 0)
                                > 5));
  }

  /** Records the shares the statistics test requires. */
  static void classify(Scenario scenario, Translation translation) {
    List<Route> routes = routes(scenario);
    Statistics.classify("cross-namespace backend", crossNamespaceBackend(scenario));
    Statistics.classify("ReferenceGrant", count(scenario, ReferenceGrant.class) > 0);
    Statistics.classify("overlapping hostnames", overlappingHostnames(scenario));
    Statistics.classify("at least one route accepted", anyRouteAccepted(translation));
    Statistics.classify("two or more routes", routes.size() >= 2);
    Statistics.classify("GRPCRoute", routes.stream().anyMatch(GRPCRoute.class::isInstance));
    Statistics.classify(
        "HTTPS listener",
        gateway(scenario).spec().listeners().stream().anyMatch(l -> l.protocol().equals("HTTPS")));
    Statistics.classify(
        "several listeners", gateway(scenario).spec().listeners().size() >= 2);
    Statistics.classify(
        "route outside the Gateway's namespace",
        routes.stream().anyMatch(r -> !r.metadata().namespace().orElse("").equals("web")));
    Statistics.classify(
        "a filter",
        routes.stream()
            .filter(HTTPRoute.class::isInstance)
            .map(HTTPRoute.class::cast)
            .anyMatch(r -> r.spec().rules().stream().anyMatch(rule -> !rule.filters().isEmpty())));
    Statistics.classify(
        "translated to at least one ALB rule",
        translation.stack(scenario.gateway()).map(s -> !s.rules().isEmpty()).orElse(false));
    Statistics.classify("a match over ALB's five condition values", overQuota(scenario));
    Statistics.classify(
        "a weight above 1000",
        routes.stream()
            .filter(HTTPRoute.class::isInstance)
            .map(HTTPRoute.class::cast)
            .flatMap(r -> r.spec().rules().stream())
            .flatMap(rule -> rule.backendRefs().stream())
            .anyMatch(b -> b.weight() > 1000));
    Statistics.classify(
        "a TargetGroupConfiguration",
        count(scenario, io.elbgateway.model.aws.TargetGroupConfiguration.class) > 0);
    Statistics.collect("routes=" + routes.size());
  }

  static Translation translate(Scenario scenario) {
    return Translator.withDefaults().translate(scenario.snapshot());
  }
}
