/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.equivalence;

import io.elbgateway.model.codec.KindRegistry;
import io.elbgateway.model.codec.ManifestReader;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.testkit.TestClusters;
import io.elbgateway.testkit.alb.HttpRequest;
import io.elbgateway.testkit.alb.ImmutableHttpRequest;
import io.elbgateway.translate.Translation;
import io.elbgateway.translate.Translator;
import java.util.List;

/** Test inputs for the equivalence checks: a base cluster with an ALB Gateway, and helpers. */
final class EquivFixtures {

  static final ObjectKey GW = TestClusters.GATEWAY;

  static final Translator TRANSLATOR = Translator.withDefaults();

  /** {@link TestClusters#CLUSTER}: GatewayClass, namespaces and Services, no Gateway. */
  static final String CLUSTER = TestClusters.CLUSTER;

  /** {@link #CLUSTER} and Gateway infra/gw with listener http on :80 taking routes from its namespace. */
  static final String BASE =
      CLUSTER
          + """
      ---
      apiVersion: gateway.networking.k8s.io/v1
      kind: Gateway
      metadata: {name: gw, namespace: infra}
      spec:
        gatewayClassName: alb
        listeners:
        - {name: http, port: 80, protocol: HTTP, allowedRoutes: {namespaces: {from: Same}}}
      """;

  private EquivFixtures() {}

  static List<KubernetesObject> objects(String... documents) {
    return read(BASE, documents);
  }

  /** {@link #CLUSTER} plus these documents (which bring their own Gateway). */
  static ClusterSnapshot cluster(String... documents) {
    return ClusterSnapshot.of(read(CLUSTER, documents));
  }

  private static List<KubernetesObject> read(String base, String... documents) {
    StringBuilder yaml = new StringBuilder(base);
    for (String document : documents) {
      yaml.append("---\n").append(document);
    }
    var loaded = ManifestReader.of(KindRegistry.standard()).readString(yaml.toString(), "equiv.yaml");
    if (loaded.hasErrors() && loaded.objects().isEmpty()) {
      throw new IllegalArgumentException("test YAML does not read: " + loaded.problems());
    }
    return loaded.objects();
  }

  static ClusterSnapshot snapshot(String... documents) {
    return ClusterSnapshot.of(objects(documents));
  }

  /** An HTTPRoute infra/{name} on infra/gw with these rules (YAML list items, indented 2). */
  static String route(String name, String hostnames, String rules) {
    return "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: " + name
        + ", namespace: infra}\nspec:\n  parentRefs: [{name: gw}]\n  hostnames: " + hostnames + "\n  rules:\n" + rules;
  }

  static ImmutableHttpRequest.Builder get(String host, String path) {
    return HttpRequest.builder().host(host).path(path);
  }

  static Translation translate(ClusterSnapshot snapshot) {
    return TRANSLATOR.translate(snapshot);
  }

  static Comparison compare(ClusterSnapshot snapshot, HttpRequest request) {
    return OutcomeComparison.of(translate(snapshot), snapshot, GW).compare(request);
  }
}
