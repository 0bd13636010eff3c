/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.GatewayClass;
import io.elbgateway.model.gateway.Listener;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.gateway.TLSModeType;
import io.elbgateway.testkit.alb.Connection;
import io.elbgateway.testkit.alb.Transport;
import io.elbgateway.testkit.property.Gen;
import io.elbgateway.testkit.property.Property;
import io.elbgateway.testkit.property.Statistics;
import io.elbgateway.testkit.property.Tuple2;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NlbScenariosTest {

  @Test
  void everyGeneratedObjectPassesValidation() {
    Property.forAll(Scenarios.nlb())
        .named("generated NLB scenarios are valid")
        .withTries(2_000)
        .withSeed(20260102L)
        .withPrinter(new ScenarioPrinter())
        .verify(s -> assertThat(GenFacts.errors(s)).isEmpty())
        .assertPassed();
  }

  @Test
  void nlbScenariosCoverTheInterestingCases() {
    StringBuilder report = new StringBuilder();
    Property.forAll(Scenarios.nlb())
        .named("NLB scenario statistics")
        .withTries(1_000)
        .withSeed(43L)
        .withPrinter(new ScenarioPrinter())
        .withReporter(report::append)
        .require("TCP and UDP on one port", 0.05)
        .require("TLS Passthrough", 0.15)
        .require("TLS Terminate", 0.10)
        .require("two routes created at the same time", 0.10)
        .require("several backends in a rule", 0.10)
        .require("UDPRoute", 0.20)
        .require("TLSRoute", 0.15)
        .check(
            s -> {
              Gateway gateway = GenFacts.gateway(s);
              List<Listener> listeners = gateway.spec().listeners();
              assertThat(listeners).hasSizeBetween(1, 4);
              assertThat(s.objects()).filteredOn(GatewayClass.class::isInstance)
                  .allMatch(c -> ((GatewayClass) c).spec().controllerName().equals("gateway.k8s.aws/nlb"));
              Set<Integer> tcp = listeners.stream().filter(l -> l.protocol().equals("TCP")).map(Listener::port).collect(Collectors.toSet());
              Statistics.classify("TCP and UDP on one port",
                  listeners.stream().anyMatch(l -> l.protocol().equals("UDP") && tcp.contains(l.port())));
              Statistics.classify("TLS Passthrough",
                  listeners.stream().anyMatch(l -> l.tlsMode().filter(TLSModeType.PASSTHROUGH::equals).isPresent()));
              Statistics.classify("TLS Terminate",
                  listeners.stream().anyMatch(l -> l.protocol().equals("TLS") && l.tlsMode().filter(TLSModeType.TERMINATE::equals).isPresent()));
              List<Route> routes = GenFacts.routes(s);
              Statistics.classify("two routes created at the same time",
                  routes.stream().map(r -> r.metadata().creationTimestamp()).distinct().count() < routes.size());
              Statistics.classify("several backends in a rule",
                  routes.stream().anyMatch(r -> r.spec().rules().stream().anyMatch(rule -> rule.backendRefs().size() > 1)));
              Statistics.classify("UDPRoute", routes.stream().anyMatch(r -> r.kind().equals("UDPRoute")));
              Statistics.classify("TLSRoute", routes.stream().anyMatch(r -> r.kind().equals("TLSRoute")));
              return routes.stream().allMatch(r -> List.of("TCPRoute", "UDPRoute", "TLSRoute").contains(r.kind()));
            })
        .assertPassed();
    System.out.println(report);
  }

  @Test
  void connectionsAimAtTheGatewaysListenersWithTheirTransport() {
    Gen<Tuple2<Scenario, Connection>> pairs = Connections.pairedWith(Scenarios.nlb());
    assertThat(pairs.samples(8L, 100)).isEqualTo(pairs.samples(8L, 100));
    int aimed = 0;
    for (Tuple2<Scenario, Connection> pair : pairs.samples(3L, 500)) {
      Connection connection = pair.second();
      List<Listener> listeners = GenFacts.gateway(pair.first()).spec().listeners();
      boolean fits =
          listeners.stream()
              .anyMatch(l -> l.port() == connection.port()
                  && (l.protocol().equals("UDP") == (connection.transport() == Transport.UDP)));
      if (fits) {
        aimed++;
      }
      if (connection.sni().isPresent()) {
        assertThat(connection.transport()).isEqualTo(Transport.TCP);
      }
    }
    assertThat(aimed).as("most connections fit a listener").isGreaterThan(350);
  }

  @Test
  void aScenarioAndConnectionPrintAsYamlWithTheConnectionLast() {
    Tuple2<Scenario, Connection> pair = Connections.pairedWith(Scenarios.nlb()).samples(4L, 20).get(19);
    String printed = new ScenarioPrinter().print(pair);
    assertThat(printed).contains("kind: Gateway").contains("gatewayClassName: nlb");
    String[] lines = printed.strip().split("\n");
    assertThat(lines[lines.length - 1]).startsWith("# connection: ");
  }
}
