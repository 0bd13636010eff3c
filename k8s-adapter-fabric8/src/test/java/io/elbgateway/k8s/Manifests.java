/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.k8s;

/** Small manifests for controller tests: ALB Gateways in namespace {@code apps}, a Service, routes. */
final class Manifests {

  private Manifests() {}

  /** The namespace, the class, a Service with two endpoints and its TargetGroupConfiguration. */
  static String base() {
    return "apiVersion: v1\nkind: Namespace\nmetadata: {name: apps, labels: {kubernetes.io/metadata.name: apps}}\n---\n"
        + "apiVersion: gateway.networking.k8s.io/v1\nkind: GatewayClass\nmetadata: {name: alb}\nspec: {controllerName: gateway.k8s.aws/alb}\n---\n"
        + "apiVersion: v1\nkind: Service\nmetadata: {name: svc, namespace: apps}\n"
        + "spec:\n  selector: {app: svc}\n  ports:\n  - {name: http, protocol: TCP, port: 80, targetPort: 8080}\n---\n"
        + "apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\n"
        + "metadata: {name: svc-x, namespace: apps, labels: {kubernetes.io/service-name: svc}}\n"
        + "addressType: IPv4\nports:\n- {name: http, protocol: TCP, port: 8080}\nendpoints:\n"
        + "- addresses: [\"10.1.0.1\"]\n  conditions: {ready: true, serving: true, terminating: false}\n  zone: ap-northeast-2a\n"
        + "- addresses: [\"10.1.0.2\"]\n  conditions: {ready: true, serving: true, terminating: false}\n  zone: ap-northeast-2b\n---\n"
        + "apiVersion: gateway.k8s.aws/v1beta1\nkind: TargetGroupConfiguration\nmetadata: {name: svc, namespace: apps}\n"
        + "spec:\n  targetReference: {group: \"\", kind: Service, name: svc}\n  defaultConfiguration: {targetType: ip}\n";
  }

  /** A Gateway {@code apps/<name>} with an HTTP listener on port 80, and its LoadBalancerConfiguration. */
  static String gateway(String name) {
    return "apiVersion: gateway.k8s.aws/v1beta1\nkind: LoadBalancerConfiguration\nmetadata: {name: " + name + ", namespace: apps}\n"
        + "spec:\n  scheme: internet-facing\n"
        + "  loadBalancerSubnets: [{identifier: subnet-0a1b2c3d4e5f60001}, {identifier: subnet-0a1b2c3d4e5f60002}]\n---\n"
        + "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: " + name + ", namespace: apps}\n"
        + "spec:\n  gatewayClassName: alb\n"
        + "  infrastructure: {parametersRef: {group: gateway.k8s.aws, kind: LoadBalancerConfiguration, name: " + name + "}}\n"
        + "  listeners:\n  - name: http\n    protocol: HTTP\n    port: 80\n    allowedRoutes: {namespaces: {from: Same}}\n";
  }

  /** An HTTPRoute {@code apps/<name>} on Gateway {@code gateway}: host {@code <name>.example.com}, PathPrefix {@code path} to svc. */
  static String route(String name, String gateway, String path) {
    return "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: " + name + ", namespace: apps}\n"
        + "spec:\n  parentRefs: [{name: " + gateway + "}]\n  hostnames: [\"" + name + ".example.com\"]\n"
        + "  rules:\n  - matches: [{path: {type: PathPrefix, value: \"" + path + "\"}}]\n"
        + "    backendRefs: [{name: svc, port: 80}]\n";
  }
}
