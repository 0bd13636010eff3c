/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import java.util.Comparator;

/**
 * The order of the candidate rules of one ALB listener, HTTPRoute and GRPCRoute rules together,
 * highest precedence first (gateway-api.md §4.2-§4.4). A lexicographic comparison of {@link
 * PrecedenceKey} fields, each of them totally ordered, so it is a strict weak ordering (in fact a
 * total order: two candidates compare equal only when they are the same split of the same match).
 *
 * <ol>
 *   <li>Hostname (§4.2): a rule with a host condition before one without; more characters in the
 *       matching non-wildcard hostname; then more characters in the matching hostname.
 *   <li>Path rank: Exact, then RegularExpression, then PathPrefix. <b>Regex placement</b>: the spec
 *       leaves it to the implementation. A regex sorts after every Exact path and before every
 *       PathPrefix (as Envoy Gateway does; LBC puts it after PathPrefix): a regex is written to
 *       narrow what it matches, and placed after the PathPrefix {@code /} that nearly every Gateway
 *       has it could never match. Among regexes the longer pattern comes first.
 *       A gRPC match of type Exact ranks as Exact, of type RegularExpression as regex, and a gRPC
 *       match without service and method as PathPrefix {@code /}.
 *   <li>Longer first: HTTP path characters (the longest PathPrefix first); gRPC service characters.
 *   <li>gRPC method characters, longer first (0 for HTTP).
 *   <li>HTTP: a match with a method first.
 *   <li>More header matches first; then more query parameter matches first.
 *   <li>The older route ({@code creationTimestamp}); a route without one (not yet stored by an API
 *       server, e.g. read from a file) counts as the newest, so it never takes precedence over
 *       routes that already serve traffic.
 *   <li>The route's {@code namespace/name}, alphabetically; then its kind (HTTPRoute, GRPCRoute).
 *   <li>Rule index, match index, the hostname group, then the split index: all ascending.
 * </ol>
 */
final class RulePrecedence {

  /** The order, highest precedence first. */
  static final Comparator<PrecedenceKey> ORDER =
      Comparator.comparing(PrecedenceKey::hasHost, Comparator.reverseOrder())
          .thenComparing(PrecedenceKey::exactHostChars, Comparator.reverseOrder())
          .thenComparing(PrecedenceKey::hostChars, Comparator.reverseOrder())
          .thenComparing(PrecedenceKey::pathRank, Comparator.reverseOrder())
          .thenComparing(PrecedenceKey::primaryLength, Comparator.reverseOrder())
          .thenComparing(PrecedenceKey::secondaryLength, Comparator.reverseOrder())
          .thenComparing(PrecedenceKey::hasMethod, Comparator.reverseOrder())
          .thenComparing(PrecedenceKey::headers, Comparator.reverseOrder())
          .thenComparing(PrecedenceKey::queryParams, Comparator.reverseOrder())
          .thenComparing(PrecedenceKey::created)
          .thenComparing(PrecedenceKey::namespace)
          .thenComparing(PrecedenceKey::name)
          .thenComparing(PrecedenceKey::kind)
          .thenComparingInt(PrecedenceKey::ruleIndex)
          .thenComparingInt(PrecedenceKey::matchIndex)
          .thenComparing(PrecedenceKey::hostGroup)
          .thenComparingInt(PrecedenceKey::splitIndex);

  private RulePrecedence() {}
}
