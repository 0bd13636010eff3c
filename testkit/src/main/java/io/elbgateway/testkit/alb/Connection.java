/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.alb;

import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A client connection to a Network Load Balancer (or the flow of UDP datagrams of one client): the
 * listener port, the transport, and for a TLS connection the server name (SNI) of its ClientHello.
 */
@Value.Immutable
@ModelStyle
public interface Connection {

  /** The port the client connects to. */
  int port();

  /** TCP or UDP. */
  Transport transport();

  /** The SNI of a TLS ClientHello (TCP only); empty for plain TCP, UDP, or TLS without SNI. */
  Optional<String> sni();

  /** A connection. */
  static Connection of(int port, Transport transport, Optional<String> sni) {
    return ImmutableConnection.builder().port(port).transport(transport).sni(sni).build();
  }

  /** {@code tcp://host:port}, {@code udp://:port} style text for reports. */
  default String describe() {
    return transport().name().toLowerCase(java.util.Locale.ROOT) + " port " + port() + sni().map(s -> " sni " + s).orElse("");
  }

  @Value.Check
  default void check() {
    if (port() < 1 || port() > 65535) {
      throw new IllegalStateException("port must be 1-65535: " + port());
    }
    if (transport() == Transport.UDP && sni().isPresent()) {
      throw new IllegalStateException("a UDP flow has no SNI");
    }
  }
}
