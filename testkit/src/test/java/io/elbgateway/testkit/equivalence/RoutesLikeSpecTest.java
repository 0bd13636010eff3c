/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.equivalence;

import static io.elbgateway.testkit.equivalence.EquivFixtures.route;
import static io.elbgateway.testkit.equivalence.EquivFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elbgateway.model.gateway.HTTPRouteFilter;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.testkit.gen.Requests;
import io.elbgateway.translate.Translator;
import io.elbgateway.translate.spi.FilterHandler;
import io.elbgateway.translate.spi.RuleDraft;
import org.junit.jupiter.api.Test;

class RoutesLikeSpecTest {

  private static final ClusterSnapshot SNAPSHOT =
      snapshot(
          route(
              "a",
              "[a.example.com, \"*.shop.example.com\"]",
              """
                - matches: [{path: {type: PathPrefix, value: /api}, headers: [{name: X-Env, value: prod}]}]
                  backendRefs: [{name: v1, port: 8080, weight: 1}, {name: v2, port: 8080, weight: 3}]
                - matches: [{path: {type: Exact, value: /old}}]
                  filters: [{type: RequestRedirect, requestRedirect: {path: {type: ReplaceFullPath, replaceFullPath: /new}, statusCode: 302}}]
                - matches: [{path: {type: PathPrefix, value: /hm}}]
                  filters: [{type: RequestHeaderModifier, requestHeaderModifier: {add: [{name: x, value: y}]}}]
                  backendRefs: [{name: v3, port: 8080}]
                - backendRefs: [{name: v3, port: 8080}]
              """));

  @Test
  void aConfigurationTheTranslatorHandlesPasses() {
    assertThatCode(() -> RoutesLikeSpec.assertRoutesLikeSpec(SNAPSHOT)).doesNotThrowAnyException();
  }

  @Test
  void aPluginThatSilentlyIgnoresAFilterFailsWithTheRequestAndWhy() {
    FilterHandler ignoring =
        new FilterHandler() {
          @Override
          public String filterType() {
            return "RequestHeaderModifier";
          }

          @Override
          public void apply(HTTPRouteFilter filter, String path, RuleDraft draft) {}
        };
    Translator translator = Translator.builder().filterHandler(ignoring).build();
    assertThatThrownBy(() -> RoutesLikeSpec.assertRoutesLikeSpec(SNAPSHOT, translator, Requests::against, 10))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("routed unlike the Gateway API spec")
        .hasMessageContaining("RequestHeaderModifier")
        .hasMessageContaining("request:  GET http://a.example.com (port 80) /hm");
  }
}
