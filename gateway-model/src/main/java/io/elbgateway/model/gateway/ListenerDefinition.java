/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import java.util.Optional;

/**
 * What a Gateway {@link Listener} and a ListenerSet {@link ListenerEntry} have in common: a name,
 * an optional hostname, a port, a protocol, TLS settings and the routes it allows. The translator
 * works on this view of the merged listener list.
 */
public interface ListenerDefinition {

  /** The listener name (a SectionName), unique within its Gateway or ListenerSet. */
  String name();

  /** The hostname (may start with {@code *.}); absent matches every hostname. */
  Optional<String> hostname();

  /** The port; for a ListenerSet entry 0 means the implementation picks one. */
  int port();

  /**
   * The protocol: a core value ({@code HTTP}, {@code HTTPS}, {@code TLS}, {@code TCP},
   * {@code UDP}, compared without regard to case) or a domain-prefixed custom protocol; see
   * {@link ProtocolType}.
   */
  String protocol();

  /** TLS settings; required for HTTPS and TLS, forbidden for HTTP, TCP and UDP. */
  Optional<ListenerTLSConfig> tls();

  /** Which routes may attach; defaults to routes of the same namespace. */
  AllowedRoutes allowedRoutes();

  /** The effective TLS mode: {@code tls.mode} (default Terminate), or empty without {@code tls}. */
  default Optional<TLSModeType> tlsMode() {
    return tls().map(ListenerTLSConfig::mode);
  }

  /** Whether this listener uses the given core protocol, ignoring case as the spec asks. */
  default boolean hasProtocol(String coreProtocol) {
    return ProtocolType.matches(protocol(), coreProtocol);
  }
}
