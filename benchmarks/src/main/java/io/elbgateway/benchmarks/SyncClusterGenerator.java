/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.benchmarks;

/**
 * Writes the manifests of a generated cluster for the sync benchmark, as one multi-document YAML
 * text: one GatewayClass and {@code gateways} Gateways, each in its own namespace with its own
 * LoadBalancerConfiguration (two subnet IDs, so the engine needs no subnet discovery) and one
 * HTTP:80 listener, and {@code rulesPerGateway} route rules per Gateway spread over {@link
 * #SERVICES_PER_GATEWAY} HTTPRoutes, each route with its own hostname and its own Service of two
 * ready endpoints.
 *
 * <p>The shape is chosen so that the translator and the AWS Load Balancer Controller build the same
 * ELB resources, and the two call counts compare like with like: every route rule has exactly one
 * match and every route one hostname, so both emit one ALB rule per route rule ({@code
 * rulesPerGateway} rules, nothing to merge); every Service is used by one route only, so both emit
 * one target group per Service (LBC keys target groups by route and Service, the translator by
 * Service). The same arguments always give the same text.
 */
public final class SyncClusterGenerator {

  /** The HTTPRoutes, Services and so target groups of each Gateway. */
  public static final int SERVICES_PER_GATEWAY = 5;

  /** Ready endpoints per Service, hence targets per target group. */
  public static final int ENDPOINTS_PER_SERVICE = 2;

  private SyncClusterGenerator() {}

  /** The manifests of {@code gateways} Gateways with {@code rulesPerGateway} ALB rules each. */
  public static String generate(int gateways, int rulesPerGateway) {
    if (gateways < 1 || gateways > 60_000 || rulesPerGateway < 1) {
      throw new IllegalArgumentException("gateways must be 1..60000 and rules at least 1");
    }
    StringBuilder yaml = new StringBuilder(gateways * (2_000 + rulesPerGateway * 120));
    yaml.append("apiVersion: gateway.networking.k8s.io/v1\nkind: GatewayClass\nmetadata: {name: alb}\n")
        .append("spec: {controllerName: gateway.k8s.aws/alb}\n");
    for (int g = 0; g < gateways; g++) {
      String ns = "team-" + g;
      yaml.append("---\napiVersion: v1\nkind: Namespace\nmetadata: {name: ").append(ns).append("}\n");
      yaml.append("---\napiVersion: gateway.k8s.aws/v1beta1\nkind: LoadBalancerConfiguration\n")
          .append("metadata: {name: alb-config, namespace: ").append(ns).append("}\n")
          .append("spec:\n  scheme: internet-facing\n  loadBalancerSubnets:\n")
          .append("  - {identifier: subnet-0a1b2c3d4e5f60001}\n  - {identifier: subnet-0a1b2c3d4e5f60002}\n");
      yaml.append("---\napiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\n")
          .append("metadata: {name: gw, namespace: ").append(ns).append("}\n")
          .append("spec:\n  gatewayClassName: alb\n")
          .append("  infrastructure: {parametersRef: {group: gateway.k8s.aws, kind: LoadBalancerConfiguration, name: alb-config}}\n")
          .append("  listeners:\n  - {name: http, protocol: HTTP, port: 80}\n");
      for (int s = 0; s < SERVICES_PER_GATEWAY; s++) {
        route(yaml, g, s, rulesPerGateway);
      }
    }
    return yaml.toString();
  }

  /** Route {@code s} of Gateway {@code g}: the rules {@code s, s + 5, s + 10, ...} of the Gateway. */
  private static void route(StringBuilder yaml, int g, int s, int rulesPerGateway) {
    String ns = "team-" + g;
    String name = "app-" + s;
    int rules = 0;
    for (int r = s; r < rulesPerGateway; r += SERVICES_PER_GATEWAY) {
      rules++;
    }
    if (rules == 0) {
      return;
    }
    yaml.append("---\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\n")
        .append("metadata: {name: ").append(name).append(", namespace: ").append(ns)
        .append(", creationTimestamp: '2026-01-01T00:00:0").append(s % 10).append("Z'}\n")
        .append("spec:\n  parentRefs: [{name: gw}]\n  hostnames: ['").append(name).append('.').append(ns)
        .append(".example.com']\n  rules:\n");
    for (int r = s; r < rulesPerGateway; r += SERVICES_PER_GATEWAY) {
      // One match per rule and a path of its own: one ALB rule each, on both sides.
      yaml.append("  - matches: [{path: {type: PathPrefix, value: /p").append(r).append("}}]\n")
          .append("    backendRefs: [{name: ").append(name).append(", port: 80}]\n");
    }
    yaml.append("---\napiVersion: v1\nkind: Service\nmetadata: {name: ").append(name).append(", namespace: ")
        .append(ns).append("}\nspec:\n  ports: [{name: http, port: 80, targetPort: 8080}]\n");
    yaml.append("---\napiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: ").append(name)
        .append("-abc\n  namespace: ").append(ns).append("\n  labels: {kubernetes.io/service-name: ")
        .append(name).append("}\naddressType: IPv4\nports: [{name: http, port: 8080}]\nendpoints:\n");
    for (int e = 1; e <= ENDPOINTS_PER_SERVICE; e++) {
      yaml.append("- addresses: ['10.").append(g / 250 % 250).append('.').append(g % 250).append('.')
          .append(s * 10 + e).append("']\n  conditions: {ready: true}\n");
    }
  }
}
