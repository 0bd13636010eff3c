/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.equivalence;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.testkit.alb.HttpRequest;
import io.elbgateway.testkit.property.Gen;
import io.elbgateway.testkit.property.Statistics;
import io.elbgateway.testkit.property.junit.ForAll;
import io.elbgateway.testkit.property.junit.PropertyTest;
import io.elbgateway.translate.Translation;
import io.elbgateway.translate.Translator;
import java.util.ArrayList;
import java.util.List;

/**
 * The equivalence property over {@link EquivScenarios}, this package's own small generator: it
 * exercises every branch of the comparison until the real generators land.
 */
class EquivExplorationTest {

  private static final Translator TRANSLATOR = Translator.withDefaults();

  static Gen<EquivCase> cases() {
    return EquivScenarios.cases();
  }

  @PropertyTest(tries = 2_000, printer = EquivCase.Printer.class)
  void theAlbRoutesLikeTheSpecOnVariedScenarios(@ForAll("cases") EquivCase c) {
    ClusterSnapshot snapshot = c.scenario().snapshot();
    Translation translation = TRANSLATOR.translate(snapshot);
    OutcomeComparison comparison = OutcomeComparison.of(translation, snapshot, c.scenario().gateway());
    List<String> mismatches = new ArrayList<>();
    List<HttpRequest> requests = new ArrayList<>(c.requests());
    snapshot.get(c.scenario().gateway())
        .filter(Gateway.class::isInstance)
        .ifPresent(g -> requests.addAll(ProbeRequests.of(snapshot, (Gateway) g).stream().limit(12).toList()));
    for (HttpRequest request : requests) {
      Comparison result = comparison.compare(request);
      Statistics.classify(result.verdict().name(), true);
      if (result.verdict() == Verdict.EXPLAINED) {
        String why = result.explanation();
        Statistics.classify("explained by " + (why.startsWith("deviation ") ? why.split(" ")[1] : "a status"), true);
      }
      if (!result.acceptable()) {
        mismatches.add(result.describe());
      }
    }
    assertThat(mismatches).as("requests routed unlike the spec").isEmpty();
  }
}
