/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.gen;

import io.elbgateway.model.codec.ManifestWriter;
import io.elbgateway.testkit.alb.HttpRequest;
import io.elbgateway.testkit.property.CounterexamplePrinter;
import io.elbgateway.testkit.property.Tuple2;
import io.elbgateway.testkit.property.YamlCounterexamplePrinter;

/**
 * Prints a {@link Scenario} as kubectl-ready multi-document YAML (a comment naming the Gateway under
 * test first), and a {@code Tuple2<Scenario, HttpRequest>} as that YAML followed by the request on
 * a final comment line ({@code # request: GET http://host/path?query ...}). Anything else goes to
 * {@link YamlCounterexamplePrinter}.
 */
public final class ScenarioPrinter implements CounterexamplePrinter {

  private static final CounterexamplePrinter FALLBACK = new YamlCounterexamplePrinter();

  /** A printer; it holds no state. */
  public ScenarioPrinter() {}

  @Override
  public String print(Object value) {
    if (value instanceof Scenario scenario) {
      return scenario(scenario);
    }
    if (value instanceof Tuple2<?, ?> pair
        && pair.first() instanceof Scenario scenario
        && pair.second() instanceof HttpRequest request) {
      return scenario(scenario) + request(request) + "\n";
    }
    if (value instanceof Tuple2<?, ?> pair
        && pair.first() instanceof Scenario scenario
        && pair.second() instanceof io.elbgateway.testkit.alb.Connection connection) {
      return scenario(scenario) + "# connection: " + connection.describe() + "\n";
    }
    return FALLBACK.print(value);
  }

  private static String scenario(Scenario scenario) {
    return "# Gateway under test: "
        + scenario.gateway().namespacedName()
        + "\n"
        + ManifestWriter.yaml(scenario.objects());
  }

  /** The request as one comment line: method, URL, listener port, headers, source IP. */
  public static String request(HttpRequest request) {
    StringBuilder line =
        new StringBuilder("# request: ")
            .append(request.method())
            .append(' ')
            .append(request.scheme())
            .append("://")
            .append(request.host())
            .append(request.pathAndQuery())
            .append(" (listener port ")
            .append(request.listenerPort())
            .append(", source ")
            .append(request.sourceIp())
            .append(')');
    request.headers().forEach(h -> line.append(" -H '").append(h.name()).append(": ").append(h.value()).append('\''));
    return line.toString();
  }
}
