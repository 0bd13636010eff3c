/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.gen;

import static io.elbgateway.testkit.gen.Choices.chance;
import static io.elbgateway.testkit.gen.Choices.index;
import static io.elbgateway.testkit.gen.Choices.pick;

import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.Listener;
import io.elbgateway.model.gateway.ProtocolType;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.testkit.alb.Connection;
import io.elbgateway.testkit.alb.Transport;
import io.elbgateway.testkit.property.Gen;
import io.elbgateway.testkit.property.Tuple2;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Generators of connections to the listeners of a scenario's Network Load Balancer Gateway: mostly
 * to a listener's port with the transport it carries (TLS with an SNI drawn from the listener's and
 * the routes' hostnames, sometimes an unrelated one or none), sometimes with the other transport,
 * rarely to a port no listener has.
 */
public final class Connections {

  /** The port a connection uses when it aims at none of the Gateway's listeners. */
  public static final int UNUSED_PORT = 7999;

  private Connections() {}

  /** Connections aimed at the scenario's Gateway. */
  public static Gen<Connection> against(Scenario scenario) {
    Objects.requireNonNull(scenario, "scenario");
    Gateway gateway =
        scenario.objects().stream()
            .filter(Gateway.class::isInstance)
            .map(Gateway.class::cast)
            .filter(g -> g.key().equals(scenario.gateway()))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("the scenario has no " + scenario.gateway().display()));
    List<String> hostnames = new ArrayList<>(NlbScenarioDraw.TLS_HOSTNAMES);
    scenario.objects().stream()
        .filter(Route.class::isInstance)
        .map(Route.class::cast)
        .flatMap(r -> r.hostnames().stream())
        .filter(h -> !h.startsWith("*") && !hostnames.contains(h))
        .forEach(hostnames::add);
    hostnames.add("x.example.com");
    hostnames.add("other.test");
    List<String> snis = hostnames.stream().filter(h -> !h.startsWith("*")).toList();
    return source -> {
      List<Listener> listeners = gateway.spec().listeners();
      if (listeners.isEmpty() || index(source, 20) == 19) {
        return Connection.of(UNUSED_PORT, chance(source, 0.5) ? Transport.UDP : Transport.TCP, Optional.empty());
      }
      Listener listener = pick(source, listeners);
      Transport transport = listener.hasProtocol(ProtocolType.UDP) ? Transport.UDP : Transport.TCP;
      if (chance(source, 0.1)) {
        transport = transport == Transport.UDP ? Transport.TCP : Transport.UDP;
      }
      Optional<String> sni = Optional.empty();
      if (transport == Transport.TCP && listener.hasProtocol(ProtocolType.TLS) && !chance(source, 0.1)) {
        sni = Optional.of(pick(source, snis));
      }
      return Connection.of(listener.port(), transport, sni);
    };
  }

  /** Scenarios paired with connections drawn from each. */
  public static Gen<Tuple2<Scenario, Connection>> pairedWith(Gen<Scenario> scenarios) {
    return scenarios.flatMap(s -> against(s).map(c -> new Tuple2<>(s, c)));
  }
}
