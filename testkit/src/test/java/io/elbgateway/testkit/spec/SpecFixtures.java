/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.codec.KindRegistry;
import io.elbgateway.model.codec.LoadResult;
import io.elbgateway.model.codec.ManifestReader;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.testkit.TestClusters;
import io.elbgateway.testkit.alb.HttpRequest;
import io.elbgateway.testkit.alb.ImmutableHttpRequest;
import io.elbgateway.testkit.alb.NameValue;

/** Test inputs for the spec router: a base cluster, a Gateway, and request builders. */
final class SpecFixtures {

  static final ObjectKey GW = TestClusters.GATEWAY;

  /** {@link TestClusters#CLUSTER}: GatewayClass, namespaces and Services, no Gateway. */
  static final String BASE = TestClusters.CLUSTER;

  /** Gateway infra/gw with one HTTP listener on port 80 allowing routes from its own namespace. */
  static final String GATEWAY =
      """
      apiVersion: gateway.networking.k8s.io/v1
      kind: Gateway
      metadata: {name: gw, namespace: infra}
      spec:
        gatewayClassName: alb
        listeners:
        - {name: http, port: 80, protocol: HTTP}
      """;

  private static final ManifestReader READER = ManifestReader.of(KindRegistry.standard());

  private SpecFixtures() {}

  /** The base cluster plus these YAML documents (each may hold several, separated by ---). */
  static ClusterSnapshot snapshot(String... documents) {
    StringBuilder yaml = new StringBuilder(BASE);
    for (String document : documents) {
      yaml.append("---\n").append(document);
    }
    LoadResult result = READER.readString(yaml.toString(), "t.yaml");
    assertThat(result.errorCount()).as("%s", result.problems()).isZero();
    return ClusterSnapshot.of(result.objects());
  }

  /** The outcome for this request to Gateway infra/gw with default options. */
  static SpecOutcome route(ClusterSnapshot snapshot, HttpRequest request) {
    return SpecRouter.of(snapshot).route(GW, request);
  }

  /** A GET request to port 80. */
  static ImmutableHttpRequest.Builder get(String host, String path) {
    return HttpRequest.builder().host(host).path(path);
  }

  /** A GET request to port 80 with one header. */
  static HttpRequest get(String host, String path, String header, String value) {
    return get(host, path).addHeaders(NameValue.of(header, value)).build();
  }

  /** The only backend Service name of a forward, failing when the outcome is anything else. */
  static String backend(SpecOutcome outcome) {
    assertThat(outcome).as("%s", outcome).isInstanceOf(Forward.class);
    Forward forward = (Forward) outcome;
    assertThat(forward.backends()).hasSize(1);
    return forward.backends().get(0).name();
  }

  /** The status code of a Status outcome, failing when the outcome is anything else. */
  static int status(SpecOutcome outcome) {
    assertThat(outcome).as("%s", outcome).isInstanceOf(Status.class);
    return ((Status) outcome).code();
  }

  /** A route document of kind HTTPRoute in infra with parentRefs gw and the given spec body. */
  static String httpRoute(String name, String specBody) {
    return "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: " + name
        + ", namespace: infra}\nspec:\n  parentRefs: [{name: gw}]\n" + specBody.indent(2);
  }
}
