/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.gen;

import io.elbgateway.testkit.property.Gen;
import java.util.Objects;

/**
 * Generators of ALB Gateway scenarios: one Gateway of the class {@code alb} (controller {@code
 * gateway.k8s.aws/alb}) with 1 to 4 listeners on ports 80, 8080 (HTTP) and 443 (HTTPS, with
 * {@code tls.options}), overlapping listener hostnames and allowedRoutes (Same, All, Selector on
 * namespace labels, sometimes kinds); 1 to 3 labelled namespaces; 1 to 6 routes (HTTPRoutes,
 * sometimes a GRPCRoute on the HTTPS listener) in allowed and not-allowed namespaces, whose rules
 * draw matches, filters and weighted backends from a small shared vocabulary so that they overlap;
 * the Services (numeric and named target ports) and EndpointSlices (ready and not-ready endpoints)
 * the backends name, except sometimes a missing Service or port, and sometimes a
 * TargetGroupConfiguration (ip or instance targets) for a Service; and ReferenceGrants for most
 * cross-namespace backends. Creation times are distinct and deterministic.
 *
 * <p>Every object passes {@code ModelValidator} without an error: it is what a person could {@code
 * kubectl apply}. Every decision is drawn from the engine's random source, so scenarios reproduce
 * from a seed and shrink to fewer routes, rules, matches and objects.
 */
public final class Scenarios {

  private Scenarios() {}

  /** Valid ALB scenarios with the {@linkplain ScenarioOptions#defaults() default options}. */
  public static Gen<Scenario> alb() {
    return alb(ScenarioOptions.defaults());
  }

  /** Valid ALB scenarios shaped by {@code options}. */
  public static Gen<Scenario> alb(ScenarioOptions options) {
    Objects.requireNonNull(options, "options");
    return source -> new ScenarioDraw(source, options).draw();
  }

  /**
   * Valid Network Load Balancer scenarios: one Gateway of the class {@code nlb} (controller {@code
   * gateway.k8s.aws/nlb}) with 1 to 4 TCP, UDP and TLS listeners (TCP and UDP sometimes on one port;
   * TLS Passthrough on 443, TLS Terminate with {@code tls.options} and a hostname on 8443), 1 to 5
   * TCPRoutes, UDPRoutes and TLSRoutes whose creation times often tie (so {@code namespace/name}
   * decides which carries a port), with one backend (sometimes several, sometimes invalid: a missing
   * Service or port, an unknown kind, another namespace without a ReferenceGrant, weight 0), and the
   * Services (TCP port 9000, UDP port 9053) and EndpointSlices they name. Every object passes {@code
   * ModelValidator}; every decision is drawn from the engine's random source.
   */
  public static Gen<Scenario> nlb() {
    return source -> new NlbScenarioDraw(source).draw();
  }

  /**
   * Scenarios that still pass validation but carry one deliberate mistake in their first route,
   * which the route's status must report: a misnamed parent, a parent in the wrong namespace, an
   * unknown sectionName or port, a missing Service or Service port, a backend in a namespace that
   * does not exist (so no ReferenceGrant), or an ExtensionRef filter of an unknown kind.
   */
  public static Gen<Scenario> invalid() {
    return alb(ScenarioOptions.defaults().withMistakes(true));
  }
}
