/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The listener protocol values of the Gateway API. A listener's {@code protocol} stays a
 * {@code String}: besides the five core values, which implementations must treat without regard to
 * case, a domain-prefixed custom protocol such as {@code example.com/custom} is legal.
 */
public final class ProtocolType {

  /** Cleartext HTTP/1.1 (and possibly h2c) over TCP. */
  public static final String HTTP = "HTTP";

  /** HTTP/1.1 or HTTP/2 over TLS. */
  public static final String HTTPS = "HTTPS";

  /** TLS sessions over TCP. */
  public static final String TLS = "TLS";

  /** TCP sessions. */
  public static final String TCP = "TCP";

  /** UDP packets. */
  public static final String UDP = "UDP";

  /** The core protocols, in the order the spec lists them. */
  public static final List<String> CORE = List.of(HTTP, HTTPS, TLS, TCP, UDP);

  private ProtocolType() {}

  /** Whether {@code protocol} is the core protocol {@code coreProtocol}, ignoring case. */
  public static boolean matches(String protocol, String coreProtocol) {
    return protocol.equalsIgnoreCase(coreProtocol);
  }

  /** The core protocol {@code protocol} names (in upper case), or empty for a custom protocol. */
  public static Optional<String> core(String protocol) {
    String upper = protocol.toUpperCase(Locale.ROOT);
    return CORE.contains(upper) ? Optional.of(upper) : Optional.empty();
  }

  /** Whether {@code protocol} is one of the core protocols, ignoring case. */
  public static boolean isCore(String protocol) {
    return core(protocol).isPresent();
  }
}
