/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.filter;

import static io.elbgateway.translate.filter.FilterFixtures.draft;
import static io.elbgateway.translate.filter.FilterFixtures.grpcRoute;
import static io.elbgateway.translate.filter.FilterFixtures.httpRoute;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.translate.spi.RuleDraft;
import io.elbgateway.translate.status.Problem;
import io.elbgateway.translate.status.Reasons;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnsupportedFilterHandlerTest {

  /** Each filter ALB cannot do drops its own rule only, with a message saying why and what instead. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      value = {
        "RequestHeaderModifier | requestHeaderModifier: {set: [{name: x-a, value: b}]} | ALB cannot add, set or remove request headers per rule",
        "ResponseHeaderModifier | responseHeaderModifier: {set: [{name: x-a, value: b}]} | routing.http.response.strict_transport_security.header_value",
        "RequestMirror | requestMirror: {backendRef: {name: shadow, port: 80}} | ALB cannot copy requests to another backend",
        "CORS | cors: {allowOrigins: ['https://a.example.com']} | routing.http.response.access_control_allow_origin.header_value",
        "ExternalAuth | externalAuth: {protocol: HTTP, backendRef: {name: auth, port: 80}} | ListenerRuleConfiguration with an authenticate-oidc",
      },
      delimiter = '|')
  void unsupportedFilterDropsItsRuleOnly(String type, String config, String because) {
    String yaml =
        httpRoute(
            "    - matches: [{path: {type: PathPrefix, value: /a}}]\n"
                + "      filters: [{type: " + type + ", " + config + "}]\n"
                + "      backendRefs: [{name: web, port: 80}]\n"
                + "    - backendRefs: [{name: web, port: 80}]\n");
    RuleDraft dropped = draft(yaml, 0, true).draft();
    assertThat(dropped.dropped()).map(Problem::reason).hasValue(Reasons.UNSUPPORTED_VALUE);
    assertThat(dropped.dropped().get().message())
        .startsWith(".spec.rules[0].filters[0]: filter " + type + " is not supported: ")
        .contains(because);
    assertThat(dropped.failedClosed()).isEmpty();
    RuleDraft other = draft(yaml, 1, true).draft();
    assertThat(other.dropped()).isEmpty();
  }

  @ParameterizedTest(name = "GRPCRoute {0}")
  @CsvSource(
      value = {
        "RequestHeaderModifier | requestHeaderModifier: {set: [{name: x-a, value: b}]}",
        "ResponseHeaderModifier | responseHeaderModifier: {remove: [x-a]}",
        "RequestMirror | requestMirror: {backendRef: {name: shadow, port: 80}}",
      },
      delimiter = '|')
  void grpcFiltersAlbCannotDoDropTheRule(String type, String config) {
    RuleDraft draft =
        draft(
                grpcRoute(
                    "    - filters: [{type: " + type + ", " + config + "}]\n"
                        + "      backendRefs: [{name: api, port: 50051}]\n"),
                0,
                true)
            .draft();
    assertThat(draft.dropped().get().message()).startsWith(".spec.rules[0].filters[0]: filter " + type + " is not supported: ");
  }
}
