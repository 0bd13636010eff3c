/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.filter;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.translate.TestContexts;
import io.elbgateway.model.codec.KindRegistry;
import io.elbgateway.model.codec.LoadResult;
import io.elbgateway.model.codec.ManifestReader;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.translate.GatewayContext;
import io.elbgateway.translate.Plugins;
import io.elbgateway.translate.Translation;
import io.elbgateway.translate.Translator;
import io.elbgateway.translate.spi.RuleDraft;
import java.util.List;

/** Test inputs for the filter package: manifests read without validation, drafts of one rule. */
final class FilterFixtures {

  /** The built-in plugins only (no ServiceLoader plugins). */
  static final Plugins BUILT_IN = TestContexts.plugins(Translator.builder().serviceLoader(false).build());

  private static final ManifestReader READER =
      ManifestReader.builder().registry(KindRegistry.standard()).validator(o -> List.of()).build();

  private FilterFixtures() {}

  /** A draft and the context it reported into. */
  record Drafted(RuleDraft draft, GatewayContext context) {
    Translation collected() {
      return TestContexts.collected(context);
    }
  }

  static ClusterSnapshot snapshot(String yaml) {
    LoadResult result = READER.readString(yaml, "test.yaml");
    assertThat(result.hasErrors()).as("%s", result.problems()).isFalse();
    return ClusterSnapshot.of(result.objects());
  }

  /** An HTTPRoute {@code app/web} with the given {@code spec.rules} (indented YAML lines). */
  static String httpRoute(String rules) {
    return "apiVersion: gateway.networking.k8s.io/v1\n"
        + "kind: HTTPRoute\n"
        + "metadata: {name: web, namespace: app}\n"
        + "spec:\n"
        + "  parentRefs: [{name: gw, namespace: infra}]\n"
        + "  rules:\n"
        + rules;
  }

  /** A GRPCRoute {@code app/grpc} with the given {@code spec.rules}. */
  static String grpcRoute(String rules) {
    return "apiVersion: gateway.networking.k8s.io/v1\n"
        + "kind: GRPCRoute\n"
        + "metadata: {name: grpc, namespace: app}\n"
        + "spec:\n"
        + "  parentRefs: [{name: gw, namespace: infra}]\n"
        + "  rules:\n"
        + rules;
  }

  /** The draft of rule {@code rule} of the only route in {@code yaml}, with the built-in plugins. */
  static Drafted draft(String yaml, int rule, boolean https) {
    return draft(yaml, rule, https, BUILT_IN);
  }

  static Drafted draft(String yaml, int rule, boolean https, Plugins plugins) {
    ClusterSnapshot snapshot = snapshot(yaml);
    List<Route> routes = snapshot.routes();
    assertThat(routes).hasSize(1);
    GatewayContext context = TestContexts.builder(snapshot, TestContexts.testGateway("infra", "gw")).gatewayClass(TestContexts.albClass("alb")).plugins(plugins).build();
    return new Drafted(RuleFilters.draft(context, routes.get(0), rule, https), context);
  }
}
