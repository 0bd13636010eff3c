/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A parsed {@code protocolPort} of a {@link ListenerConfiguration}, such as {@code HTTPS:443}:
 * the protocol and the port, each absent when the text leaves it out ({@code :443},
 * {@code HTTPS:}, {@code :}).
 */
@Value.Immutable
@ModelStyle
public interface ProtocolPort {

  /**
   * The CRD's pattern for {@code protocolPort}: an optional protocol, a colon, an optional port
   * 1-65535 without leading zeros.
   */
  String REGEX =
      "^(HTTP|HTTPS|TLS|TCP|UDP|TCP_UDP)?:"
          + "(6553[0-5]|655[0-2]\\d|65[0-4]\\d{2}|6[0-4]\\d{3}|[1-5]\\d{4}|[1-9]\\d{0,3})?$";

  /** {@link #REGEX}, compiled. */
  Pattern PATTERN = Pattern.compile(REGEX);

  /** The protocol; absent when the text starts with the colon. */
  @Value.Parameter
  Optional<ElbProtocol> protocol();

  /** The port; absent when the text ends with the colon. */
  @Value.Parameter
  Optional<Integer> port();

  /** A protocol and port. */
  static ProtocolPort of(Optional<ElbProtocol> protocol, Optional<Integer> port) {
    return ImmutableProtocolPort.of(protocol, port);
  }

  /** Parses {@code text}; empty when it does not match {@link #REGEX}. */
  static Optional<ProtocolPort> parse(String text) {
    Matcher matcher = PATTERN.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    Optional<ElbProtocol> protocol =
        Optional.ofNullable(matcher.group(1)).flatMap(ElbProtocol::parseIgnoringCase);
    Optional<Integer> port = Optional.ofNullable(matcher.group(2)).map(Integer::valueOf);
    return Optional.of(of(protocol, port));
  }

  /** Back to the {@code PROTOCOL:PORT} text. */
  default String text() {
    return protocol().map(ElbProtocol::toString).orElse("")
        + ":"
        + port().map(String::valueOf).orElse("");
  }

}
