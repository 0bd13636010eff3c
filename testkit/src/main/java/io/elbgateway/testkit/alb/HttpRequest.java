/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.alb;

import io.elbgateway.model.ModelStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One HTTP request as an Application Load Balancer listener receives it.
 *
 * <p>Header names compare case-insensitively ({@link #headerValues}); headers and query parameters
 * are ordered multimaps (a name may repeat). Strings are taken as they are on the wire: the
 * evaluator neither percent-decodes nor normalises them.
 */
@Value.Immutable
@ModelStyle
public interface HttpRequest {

  /** {@code http} or {@code https}; default {@code http}. */
  @Value.Default
  default String scheme() {
    return "http";
  }

  /** The method, e.g. {@code GET}; default {@code GET}. */
  @Value.Default
  default String method() {
    return "GET";
  }

  /** The Host header as sent; it may carry a port ({@code example.com:8443}). */
  String host();

  /** The port of the load balancer listener the client connected to; default 80. */
  @Value.Default
  default int listenerPort() {
    return 80;
  }

  /** The path, starting with {@code /}, without the query string; default {@code /}. */
  @Value.Default
  default String path() {
    return "/";
  }

  /** The query parameters in order; keys may repeat. */
  List<NameValue> queryParameters();

  /** The headers in order (other than Host); names may repeat and compare case-insensitively. */
  List<NameValue> headers();

  /** The connection's source IP address (IPv4 or IPv6 literal); default {@code 192.0.2.10}. */
  @Value.Default
  default String sourceIp() {
    return "192.0.2.10";
  }

  /** The Host header without its port ({@code [::1]} keeps its brackets). */
  default String hostName() {
    int colon = portColon(host());
    return colon < 0 ? host() : host().substring(0, colon);
  }

  /** The port of the Host header, as sent; empty when the header carries none. */
  default Optional<String> hostPort() {
    int colon = portColon(host());
    return colon < 0 ? Optional.empty() : Optional.of(host().substring(colon + 1));
  }

  private static int portColon(String host) {
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      return end >= 0 && end + 1 < host.length() && host.charAt(end + 1) == ':' ? end + 1 : -1;
    }
    return host.indexOf(':');
  }

  /** The values of every header named {@code name} (case-insensitive), in request order. */
  default List<String> headerValues(String name) {
    return headers().stream()
        .filter(h -> h.name().equalsIgnoreCase(name))
        .map(NameValue::value)
        .collect(Collectors.toList());
  }

  /**
   * The query string without {@code ?}: parameters joined with {@code &}, each {@code key=value},
   * or {@code key} alone when the value is empty.
   */
  default String queryString() {
    return queryParameters().stream()
        .map(p -> p.value().isEmpty() ? p.name() : p.name() + "=" + p.value())
        .collect(Collectors.joining("&"));
  }

  /** The path followed by {@code ?} and the query string when there is one. */
  default String pathAndQuery() {
    String query = queryString();
    return query.isEmpty() ? path() : path() + "?" + query;
  }

  /** Parses a query string ({@code a=1&b&a=2}, no leading {@code ?}) into ordered parameters. */
  static List<NameValue> parseQuery(String query) {
    if (query.isEmpty()) {
      return List.of();
    }
    return java.util.Arrays.stream(query.split("&", -1))
        .filter(part -> !part.isEmpty())
        .map(
            part -> {
              int eq = part.indexOf('=');
              return eq < 0
                  ? NameValue.of(part, "")
                  : NameValue.of(part.substring(0, eq), part.substring(eq + 1));
            })
        .collect(Collectors.toList());
  }

  /** Rejects a scheme other than {@code http}/{@code https} and a path without a leading slash. */
  @Value.Check
  default void check() {
    String s = scheme().toLowerCase(Locale.ROOT);
    if (!s.equals("http") && !s.equals("https")) {
      throw new IllegalStateException("scheme must be http or https, not " + scheme());
    }
    if (!path().startsWith("/")) {
      throw new IllegalStateException("path must start with /, not " + path());
    }
  }

  /** A builder. */
  static ImmutableHttpRequest.Builder builder() {
    return ImmutableHttpRequest.builder();
  }
}
