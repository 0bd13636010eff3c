/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.benchmarks;

import java.util.Random;

/**
 * Writes the manifests of a generated cluster, as one multi-document YAML text: one GatewayClass,
 * {@code gateways} Gateways (HTTP:80 and HTTPS:443, routes from all namespaces) each in its own
 * namespace, and {@code routes} HTTPRoutes spread over them, each with five rules of two or three
 * matches (path prefixes that share stems, exact paths, headers, query parameters, methods) and a
 * Service with two ready endpoints. The same arguments always give the same text.
 */
public final class ClusterGenerator {

  private static final String[] STEMS = {"api", "app", "static", "admin", "v1", "v2", "users", "orders"};

  private ClusterGenerator() {}

  /** The number of Gateways the benchmark uses for a number of routes: 10 to 500. */
  public static int gatewaysFor(int routes) {
    return Math.max(10, Math.min(500, routes / 20));
  }

  /** The manifests of a cluster with this many routes over this many Gateways. */
  public static String generate(int routes, int gateways, long seed) {
    Random random = new Random(seed);
    StringBuilder yaml = new StringBuilder(routes * 2_500);
    yaml.append("apiVersion: gateway.networking.k8s.io/v1\nkind: GatewayClass\nmetadata: {name: alb}\n")
        .append("spec: {controllerName: gateway.k8s.aws/alb}\n");
    for (int g = 0; g < gateways; g++) {
      String ns = "team-" + g;
      yaml.append("---\napiVersion: v1\nkind: Namespace\nmetadata: {name: ").append(ns).append("}\n");
      yaml.append("---\napiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\n")
          .append("metadata: {name: gw, namespace: ").append(ns).append("}\n")
          .append("spec:\n  gatewayClassName: alb\n  listeners:\n")
          .append("  - {name: http, protocol: HTTP, port: 80, allowedRoutes: {namespaces: {from: All}}}\n")
          .append("  - {name: https, protocol: HTTPS, port: 443, hostname: '*.example.com',")
          .append(" allowedRoutes: {namespaces: {from: All}}}\n");
    }
    for (int r = 0; r < routes; r++) {
      int g = r % gateways;
      String ns = "team-" + g;
      String name = "route-" + r;
      String host = "svc" + r + ".example.com";
      yaml.append("---\napiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\n")
          .append("metadata: {name: ").append(name).append(", namespace: ").append(ns)
          .append(", creationTimestamp: '2026-01-01T00:00:").append(String.format("%02d", r % 60)).append("Z'}\n")
          .append("spec:\n  parentRefs: [{name: gw}]\n  hostnames: ['").append(host).append("']\n  rules:\n");
      for (int rule = 0; rule < 5; rule++) {
        yaml.append("  - matches:\n");
        int matches = 2 + random.nextInt(2);
        for (int m = 0; m < matches; m++) {
          String stem = STEMS[random.nextInt(STEMS.length)];
          boolean exact = random.nextInt(4) == 0;
          yaml.append("    - path: {type: ").append(exact ? "Exact" : "PathPrefix").append(", value: /")
              .append(stem).append('/').append(rule).append(m).append("}\n");
          if (random.nextInt(3) == 0) {
            yaml.append("      headers: [{name: x-version, value: v").append(random.nextInt(3)).append("}]\n");
          }
          if (random.nextInt(5) == 0) {
            yaml.append("      queryParams: [{name: debug, value: 'on'}]\n");
          }
          if (random.nextInt(5) == 0) {
            yaml.append("      method: GET\n");
          }
        }
        yaml.append("    backendRefs: [{name: ").append(name).append(", port: 80}]\n");
      }
      yaml.append("---\napiVersion: v1\nkind: Service\nmetadata: {name: ").append(name).append(", namespace: ")
          .append(ns).append("}\nspec:\n  ports: [{name: http, port: 80, targetPort: 8080}]\n");
      yaml.append("---\napiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata:\n  name: ").append(name)
          .append("-abc\n  namespace: ").append(ns).append("\n  labels: {kubernetes.io/service-name: ")
          .append(name).append("}\naddressType: IPv4\nports: [{name: http, port: 8080}]\nendpoints:\n")
          .append("- addresses: ['10.").append(g % 250).append('.').append(r % 250).append(".1']\n")
          .append("  conditions: {ready: true}\n")
          .append("- addresses: ['10.").append(g % 250).append('.').append(r % 250).append(".2']\n")
          .append("  conditions: {ready: true}\n");
    }
    return yaml.toString();
  }
}
