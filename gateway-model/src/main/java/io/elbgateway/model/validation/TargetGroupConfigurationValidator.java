/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import io.elbgateway.model.aws.HealthCheckConfiguration;
import io.elbgateway.model.aws.HealthCheckProtocol;
import io.elbgateway.model.aws.RouteConfiguration;
import io.elbgateway.model.aws.RouteIdentifier;
import io.elbgateway.model.aws.TargetGroupConfiguration;
import io.elbgateway.model.aws.TargetGroupProps;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks a {@code TargetGroupConfiguration}.
 *
 * <p>Schema rule (the API server rejects the object): {@code healthCheckProtocol} is one of
 * {@code HTTP}, {@code HTTPS}, {@code TCP}, case-sensitively. The model keeps the text as written
 * so a manifest with {@code http} still reads; this validator reports it as the API server would,
 * naming the canonical spelling. Other enums and required fields are enforced when decoding.
 *
 * <p>AWS rule (error): tag limits. Warnings, for entries the reference controller accepts but can
 * never use: a {@code routeIdentifier} without {@code kind}, or with {@code name} but no
 * {@code namespace}, or with a kind that is not a route kind, and a repeated
 * {@code routeIdentifier}.
 *
 * <p>Left to the translator: health check numbers (the CRD sets no ranges; ELB's limits depend on
 * the protocol and load balancer type) and the protocol/target type combinations.
 */
final class TargetGroupConfigurationValidator implements Validator<TargetGroupConfiguration> {

  static final Set<String> ROUTE_KINDS =
      Set.of("HTTPRoute", "GRPCRoute", "TCPRoute", "UDPRoute", "TLSRoute");

  private static final String SUPPORTED_PROTOCOLS =
      Stream.of(HealthCheckProtocol.values())
          .map(p -> "\"" + p + "\"")
          .collect(Collectors.joining(", "));

  @Override
  public void validate(TargetGroupConfiguration object, Checks checks) {
    Checks spec = checks.at("spec");
    spec.ifPresent("defaultConfiguration", object.spec().defaultConfiguration(), this::checkProps);
    List<RouteConfiguration> routes = object.spec().routeConfigurations();
    spec.each(
        "routeConfigurations",
        routes,
        (c, route) -> {
          checkRouteIdentifier(c.at("routeIdentifier"), route.routeIdentifier());
          checkProps(c.at("targetGroupProps"), route.targetGroupProps());
        });
    warnRepeatedRouteIdentifiers(spec, routes);
  }

  private void checkProps(Checks checks, TargetGroupProps props) {
    checks.ifPresent("healthCheckConfig", props.healthCheckConfig(), this::checkHealthCheck);
    AwsTags.check(checks, "tags", props.tags());
  }

  private void checkHealthCheck(Checks checks, HealthCheckConfiguration healthCheck) {
    checks.ifPresent(
        "healthCheckProtocol",
        healthCheck.healthCheckProtocol(),
        (c, protocol) -> {
          Optional<HealthCheckProtocol> parsed = HealthCheckProtocol.parseIgnoringCase(protocol);
          if (parsed.isPresent() && parsed.get().toString().equals(protocol)) {
            return;
          }
          c.error(
              "Unsupported value: \""
                  + protocol
                  + "\": supported values: "
                  + SUPPORTED_PROTOCOLS
                  + parsed.map(p -> " (the enum is case-sensitive: write " + p + ")").orElse(""));
        });
  }

  private static void checkRouteIdentifier(Checks checks, RouteIdentifier id) {
    Optional<String> kind = id.kind().filter(k -> !k.isEmpty());
    boolean hasNamespace = id.namespace().filter(n -> !n.isEmpty()).isPresent();
    boolean hasName = id.name().filter(n -> !n.isEmpty()).isPresent();
    if (kind.isEmpty()) {
      checks.at("kind").warning("without a kind this entry matches no route");
    } else if (!ROUTE_KINDS.contains(kind.get())) {
      checks.at("kind")
          .warning("\"" + kind.get() + "\" is not a route kind; this entry matches no route");
    }
    if (hasName && !hasNamespace) {
      checks.at("namespace").warning("a name without a namespace matches no route");
    }
  }

  private static void warnRepeatedRouteIdentifiers(
      Checks spec, List<RouteConfiguration> routes) {
    Map<List<String>, Integer> seen = new HashMap<>();
    for (int i = 0; i < routes.size(); i++) {
      RouteIdentifier id = routes.get(i).routeIdentifier();
      List<String> key = new ArrayList<>();
      key.add(id.kind().orElse(""));
      key.add(id.namespace().orElse(""));
      key.add(id.name().orElse(""));
      Integer earlier = seen.putIfAbsent(key, i);
      if (earlier != null) {
        spec.at("routeConfigurations", i)
            .at("routeIdentifier")
            .warning(
                "repeats the routeIdentifier of routeConfigurations["
                    + earlier
                    + "]; only the first applies");
      }
    }
  }
}
