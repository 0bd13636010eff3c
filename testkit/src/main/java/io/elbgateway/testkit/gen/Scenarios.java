/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.gen;

import io.elbgateway.model.codec.KindRegistry;
import io.elbgateway.model.codec.ManifestReader;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.testkit.property.Gen;

/** STUB (helper replaces): generators of ALB Gateway scenarios. */
public final class Scenarios {

  private Scenarios() {}

  /** Valid ALB scenarios: one Gateway of an ALB class with its routes, Services and grants. */
  public static Gen<Scenario> alb() {
    String yaml =
        "apiVersion: gateway.networking.k8s.io/v1\nkind: GatewayClass\nmetadata: {name: alb}\n"
            + "spec: {controllerName: gateway.k8s.aws/alb}\n---\n"
            + "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: gw, namespace: web}\n"
            + "spec: {gatewayClassName: alb, listeners: [{name: http, protocol: HTTP, port: 80}]}\n";
    Scenario scenario =
        new Scenario(
            ManifestReader.of(KindRegistry.standard()).readString(yaml, "stub.yaml").objects(),
            ObjectKey.of("gateway.networking.k8s.io", "Gateway", "web", "gw"));
    return Gen.just(scenario);
  }
}
