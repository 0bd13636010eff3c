/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small cluster written as YAML for sync tests: one ALB Gateway {@code apps/web} with an HTTP
 * listener on port 80, Services with IP targets, and HTTPRoutes that the test adds, changes and
 * removes. The LoadBalancerConfiguration can be varied (scheme, attributes, certificates).
 */
final class TestCluster {

  private final Map<String, String> routes = new LinkedHashMap<>();
  private final List<String> services = new ArrayList<>();
  private String scheme = "internet-facing";
  private String extraConfig = "";
  private String listeners =
      "    - name: http\n      protocol: HTTP\n      port: 80\n      allowedRoutes: {namespaces: {from: Same}}\n";

  /** A Service {@code name} with {@code endpoints} pod IPs 10.1.&lt;n&gt;.&lt;i&gt;. */
  TestCluster service(String name, int number, int endpoints) {
    StringBuilder eps = new StringBuilder();
    for (int i = 1; i <= endpoints; i++) {
      eps.append("  - addresses: [\"10.1.").append(number).append('.').append(i).append("\"]\n")
          .append("    conditions: {ready: true, serving: true, terminating: false}\n")
          .append("    zone: ap-northeast-2").append(i % 2 == 0 ? 'b' : 'a').append('\n');
    }
    services.add(
        "apiVersion: v1\nkind: Service\nmetadata: {name: " + name + ", namespace: apps}\n"
            + "spec:\n  selector: {app: " + name + "}\n  ports:\n  - {name: http, protocol: TCP, port: 80, targetPort: 8080}\n"
            + "---\napiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\n"
            + "metadata: {name: " + name + "-x, namespace: apps, labels: {kubernetes.io/service-name: " + name + "}}\n"
            + "addressType: IPv4\nports:\n- {name: http, protocol: TCP, port: 8080}\nendpoints:\n" + eps
            + "---\napiVersion: gateway.k8s.aws/v1beta1\nkind: TargetGroupConfiguration\n"
            + "metadata: {name: " + name + ", namespace: apps}\n"
            + "spec:\n  targetReference: {group: \"\", kind: Service, name: " + name + "}\n"
            + "  defaultConfiguration: {targetType: ip}\n");
    return this;
  }

  /** An HTTPRoute {@code name}: PathPrefix {@code path} to {@code service}. */
  TestCluster route(String name, String path, String service) {
    routes.put(
        name,
        "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: " + name + ", namespace: apps}\n"
            + "spec:\n  parentRefs: [{name: web}]\n  hostnames: [\"" + name + ".example.com\"]\n"
            + "  rules:\n  - matches: [{path: {type: PathPrefix, value: \"" + path + "\"}}]\n"
            + "    backendRefs: [{name: " + service + ", port: 80}]\n");
    return this;
  }

  /** Removes the HTTPRoute {@code name}. */
  TestCluster withoutRoute(String name) {
    routes.remove(name);
    return this;
  }

  /** The load balancer's scheme. */
  TestCluster scheme(String scheme) {
    this.scheme = scheme;
    return this;
  }

  /** More LoadBalancerConfiguration spec lines (indented by two spaces). */
  TestCluster config(String specLines) {
    this.extraConfig = specLines;
    return this;
  }

  /** The Gateway's listeners (YAML list items, indented by four spaces). */
  TestCluster listeners(String listeners) {
    this.listeners = listeners;
    return this;
  }

  String yaml() {
    StringBuilder yaml = new StringBuilder();
    yaml.append("apiVersion: v1\nkind: Namespace\nmetadata: {name: apps, labels: {kubernetes.io/metadata.name: apps}}\n---\n");
    yaml.append("apiVersion: gateway.networking.k8s.io/v1\nkind: GatewayClass\nmetadata: {name: alb}\nspec: {controllerName: gateway.k8s.aws/alb}\n---\n");
    yaml.append("apiVersion: gateway.k8s.aws/v1beta1\nkind: LoadBalancerConfiguration\nmetadata: {name: web, namespace: apps}\n")
        .append("spec:\n  scheme: ").append(scheme).append('\n')
        .append("  loadBalancerSubnets: [{identifier: subnet-0a1b2c3d4e5f60001}, {identifier: subnet-0a1b2c3d4e5f60002}]\n")
        .append(extraConfig).append("---\n");
    yaml.append("apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: web, namespace: apps}\n")
        .append("spec:\n  gatewayClassName: alb\n")
        .append("  infrastructure: {parametersRef: {group: gateway.k8s.aws, kind: LoadBalancerConfiguration, name: web}}\n")
        .append("  listeners:\n").append(listeners).append("---\n");
    services.forEach(s -> yaml.append(s).append("---\n"));
    routes.values().forEach(r -> yaml.append(r).append("---\n"));
    return yaml.toString();
  }

  /** The Gateway's desired stack. */
  io.elbgateway.model.elb.ElbStack stack() {
    return stack(java.util.Optional.empty());
  }

  /** The Gateway's desired stack, keeping the rule priorities of a previous translation. */
  io.elbgateway.model.elb.ElbStack stack(java.util.Optional<io.elbgateway.translate.Translation> previous) {
    var translation = SyncHarness.translate(yaml(), previous);
    if (translation.stacks().size() != 1) {
      throw new IllegalStateException("expected one stack, got " + translation.stacks().size() + ": " + translation.diagnostics());
    }
    lastTranslation = translation;
    return translation.stacks().get(0);
  }

  private io.elbgateway.translate.Translation lastTranslation;

  /** The translation the last {@link #stack} call made. */
  io.elbgateway.translate.Translation translation() {
    return lastTranslation;
  }

  /** A cluster with {@code routes} routes r0..r(n-1) over {@code services} Services. */
  static TestCluster withRoutes(int routes, int services) {
    TestCluster cluster = new TestCluster();
    for (int s = 0; s < services; s++) {
      cluster.service("svc" + s, s, 2);
    }
    for (int r = 0; r < routes; r++) {
      cluster.route("r" + r, "/p" + r, "svc" + (r % services));
    }
    return cluster;
  }
}
