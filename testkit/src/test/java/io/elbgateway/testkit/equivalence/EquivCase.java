/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.equivalence;

import io.elbgateway.model.codec.ManifestWriter;
import io.elbgateway.testkit.alb.HttpRequest;
import io.elbgateway.testkit.gen.Requests;
import io.elbgateway.testkit.gen.Scenario;
import io.elbgateway.testkit.gen.Scenarios;
import io.elbgateway.testkit.property.CounterexamplePrinter;
import io.elbgateway.testkit.property.Gen;
import java.util.List;

/**
 * One case of the equivalence properties: a scenario (translated once) and several requests against
 * it, so that a case is cheap per request.
 */
record EquivCase(Scenario scenario, List<HttpRequest> requests) {

  /** Requests per scenario, besides the probes aimed at each route match. */
  static final int MAX_REQUESTS = 6;

  /** Scenarios from {@link Scenarios#alb()} with up to {@value #MAX_REQUESTS} requests each. */
  static Gen<EquivCase> cases() {
    return Scenarios.alb()
        .flatMap(s -> Gen.lists(Requests.against(s), 1, MAX_REQUESTS).map(rs -> new EquivCase(s, rs)));
  }

  /** Prints a case as kubectl-ready YAML followed by the requests as comments. */
  public static final class Printer implements CounterexamplePrinter {

    /** A printer. */
    public Printer() {}

    @Override
    public String print(Object value) {
      if (!(value instanceof EquivCase c)) {
        return String.valueOf(value);
      }
      StringBuilder text = new StringBuilder(ManifestWriter.yaml(c.scenario().objects()));
      text.append("# gateway under test: ").append(c.scenario().gateway().namespacedName()).append('\n');
      for (HttpRequest r : c.requests()) {
        text.append("# request: ").append(r.method()).append(' ').append(r.scheme()).append("://").append(r.host())
            .append(" (port ").append(r.listenerPort()).append(") ").append(r.pathAndQuery())
            .append(r.headers().isEmpty() ? "" : " headers " + r.headers()).append('\n');
      }
      return text.toString();
    }
  }
}
