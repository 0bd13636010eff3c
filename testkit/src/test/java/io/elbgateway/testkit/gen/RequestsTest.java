/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.testkit.alb.AlbEvaluator;
import io.elbgateway.testkit.alb.AlbOutcome;
import io.elbgateway.testkit.alb.Handled;
import io.elbgateway.testkit.alb.HttpRequest;
import io.elbgateway.testkit.property.Gen;
import io.elbgateway.testkit.property.Property;
import io.elbgateway.testkit.property.Statistics;
import io.elbgateway.testkit.property.Tuple2;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestsTest {

  @Test
  void mostRequestsHitARuleOfTheTranslatedStack() {
    StringBuilder report = new StringBuilder();
    Property.forAll(Requests.pairedWith(Scenarios.alb()))
        .named("requests hit rules")
        .withTries(2_000)
        .withSeed(11L)
        .withPrinter(new ScenarioPrinter())
        .withReporter(report::append)
        .require("matched a rule", 0.50)
        .require("host with port", 0.05)
        .require("connection refused", 0.005)
        .check(
            pair -> {
              Optional<ElbStack> stack =
                  GenFacts.translate(pair.first()).stack(pair.first().gateway());
              HttpRequest request = pair.second();
              Statistics.classify("host with port", request.hostPort().isPresent());
              if (stack.isEmpty()) {
                Statistics.classify("no stack", true);
                return true;
              }
              AlbOutcome outcome = AlbEvaluator.evaluate(stack.get(), request);
              Statistics.classify("connection refused", !(outcome instanceof Handled));
              Statistics.classify(
                  "matched a rule", outcome instanceof Handled handled && !handled.defaultAction());
              return true;
            })
        .assertPassed();
    System.out.println(report);
  }

  @Test
  void requestsAreDrawnFromTheConfiguration() {
    Scenario scenario = Scenarios.alb().samples(1L, 30).get(29);
    for (HttpRequest request : Requests.against(scenario).samples(2L, 200)) {
      assertThat(request.path()).startsWith("/");
      assertThat(request.scheme()).isIn("http", "https");
    }
  }

  @Test
  void theSameSeedGivesTheSameRequests() {
    Gen<Tuple2<Scenario, HttpRequest>> pairs = Requests.pairedWith(Scenarios.alb());
    assertThat(pairs.samples(8L, 100)).isEqualTo(pairs.samples(8L, 100));
  }

  @Test
  void aScenarioAndRequestPrintAsYamlWithTheRequestLast() {
    Tuple2<Scenario, HttpRequest> pair = Requests.pairedWith(Scenarios.alb()).samples(4L, 20).get(19);
    String printed = new ScenarioPrinter().print(pair);
    assertThat(printed)
        .startsWith("# Gateway under test: web/gw\n")
        .contains("kind: GatewayClass")
        .contains("kind: Gateway")
        .contains("\n---\n");
    String[] lines = printed.strip().split("\n");
    assertThat(lines[lines.length - 1]).startsWith("# request: " + pair.second().method() + " ");
  }

  @Test
  void requestsCoverTheNearMisses() {
    StringBuilder report = new StringBuilder();
    Property.forAll(Requests.pairedWith(Scenarios.alb()))
        .named("request shapes")
        .withTries(2_000)
        .withSeed(17L)
        .withReporter(report::append)
        .require("host with port", 0.05)
        .require("case-flipped host", 0.05)
        .require("name under a wildcard", 0.03)
        .require("trailing slash", 0.03)
        .require("literal * in the path", 0.02)
        .require("https", 0.15)
        .require("a header", 0.10)
        .require("a query parameter", 0.05)
        .require("method other than GET", 0.30)
        .require("port the Gateway does not listen on", 0.005)
        .check(
            pair -> {
              HttpRequest r = pair.second();
              String host = r.hostName();
              Statistics.classify("host with port", r.hostPort().isPresent());
              Statistics.classify(
                  "case-flipped host", !host.equals(host.toLowerCase(java.util.Locale.ROOT)));
              Statistics.classify(
                  "name under a wildcard", host.startsWith("foo.") || host.startsWith("a.b."));
              Statistics.classify("trailing slash", r.path().length() > 1 && r.path().endsWith("/"));
              Statistics.classify("literal * in the path", r.path().contains("*"));
              Statistics.classify("https", r.scheme().equals("https"));
              Statistics.classify(
                  "a header",
                  r.headers().stream().anyMatch(h -> !h.name().equals("content-type")));
              Statistics.classify("a query parameter", !r.queryParameters().isEmpty());
              Statistics.classify("method other than GET", !r.method().equals("GET"));
              Statistics.classify(
                  "port the Gateway does not listen on", r.listenerPort() == Requests.UNUSED_PORT);
              return true;
            })
        .assertPassed();
    System.out.println(report);
  }
}
