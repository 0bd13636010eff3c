/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit;

import io.elbgateway.model.meta.ObjectKey;

/** The cluster that the spec router's and the equivalence checks' hand-written tests start from. */
public final class TestClusters {

  /** The Gateway those tests route through, infra/gw; each fixture declares its own listeners. */
  public static final ObjectKey GATEWAY = ObjectKey.of("gateway.networking.k8s.io", "Gateway", "infra", "gw");

  /**
   * GatewayClass alb, namespaces infra and web (web labelled team=web), Services v1..v3:8080 in
   * infra and web:80 in web. No Gateway.
   */
  public static final String CLUSTER =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: GatewayClass
      metadata: {name: alb}
      spec: {controllerName: gateway.k8s.aws/alb}
      ---
      apiVersion: v1
      kind: Namespace
      metadata: {name: infra}
      ---
      apiVersion: v1
      kind: Namespace
      metadata: {name: web, labels: {team: web}}
      ---
      apiVersion: v1
      kind: Service
      metadata: {name: v1, namespace: infra}
      spec: {ports: [{port: 8080}]}
      ---
      apiVersion: v1
      kind: Service
      metadata: {name: v2, namespace: infra}
      spec: {ports: [{port: 8080}]}
      ---
      apiVersion: v1
      kind: Service
      metadata: {name: v3, namespace: infra}
      spec: {ports: [{port: 8080}]}
      ---
      apiVersion: v1
      kind: Service
      metadata: {name: web, namespace: web}
      spec: {ports: [{port: 80}]}
      """;

  private TestClusters() {}
}
