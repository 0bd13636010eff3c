/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import io.elbgateway.model.gateway.Listener;
import io.elbgateway.model.gateway.Route;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/**
 * One (route, rule, match) that matches a request, with the facts the precedence order compares
 * (§4.2, §4.3 for HTTPRoute, §4.4 for GRPCRoute).
 */
final class Candidate {

  final Listener listener;
  final Route route;
  final int ruleIndex;
  final Optional<Integer> matchIndex;
  /** §4.2 (1): characters of the longest matching non-wildcard hostname, 0 if none. */
  final int exactHostChars;
  /** §4.2 (2): characters of the longest matching hostname, 0 if the route matches every host. */
  final int hostChars;
  /** Path kind: 3 Exact, then regex / prefix per {@link SpecOptions#regexPrecedence()}. */
  final int pathRank;
  final int pathLength;
  final boolean hasMethod;
  final int headers;
  final int queryParams;
  /** §4.4 (3), (4): characters of the matching gRPC service and method. */
  final int serviceChars;
  final int methodChars;

  Candidate(
      Listener listener, Route route, int ruleIndex, Optional<Integer> matchIndex,
      int exactHostChars, int hostChars, int pathRank, int pathLength, boolean hasMethod,
      int headers, int queryParams, int serviceChars, int methodChars) {
    this.listener = listener;
    this.route = route;
    this.ruleIndex = ruleIndex;
    this.matchIndex = matchIndex;
    this.exactHostChars = exactHostChars;
    this.hostChars = hostChars;
    this.pathRank = pathRank;
    this.pathLength = pathLength;
    this.hasMethod = hasMethod;
    this.headers = headers;
    this.queryParams = queryParams;
    this.serviceChars = serviceChars;
    this.methodChars = methodChars;
  }

  /** §4.3 (6): the creation time; a route without one ranks after every route with one. */
  Instant created() {
    return route.metadata().creationTimestamp().orElse(Instant.MAX);
  }

  /** §4.3 (7): {@code namespace/name}. */
  String namespacedName() {
    return route.metadata().namespace().orElse("default") + "/" + route.metadata().name();
  }

  /**
   * HTTPRoute precedence, best first: §4.2 hostname characters (non-wildcard, then any); §4.3
   * Exact &gt; (regex) &gt; longest PathPrefix, method, header count, query count, oldest route,
   * {@code namespace/name}, rule order, match order.
   */
  static final Comparator<Candidate> HTTP_ORDER =
      Comparator.comparingInt((Candidate c) -> -c.exactHostChars)
          .thenComparingInt(c -> -c.hostChars)
          .thenComparingInt(c -> -c.pathRank)
          .thenComparingInt(c -> -c.pathLength)
          .thenComparingInt(c -> c.hasMethod ? 0 : 1)
          .thenComparingInt(c -> -c.headers)
          .thenComparingInt(c -> -c.queryParams)
          .thenComparing(Candidate::created)
          .thenComparing(Candidate::namespacedName)
          .thenComparingInt(c -> c.ruleIndex)
          .thenComparingInt(c -> c.matchIndex.orElse(-1));

  /**
   * GRPCRoute precedence, best first (§4.4): hostname characters (non-wildcard, then any),
   * service characters, method characters, header count, oldest route, {@code namespace/name},
   * rule order (then match order).
   */
  static final Comparator<Candidate> GRPC_ORDER =
      Comparator.comparingInt((Candidate c) -> -c.exactHostChars)
          .thenComparingInt(c -> -c.hostChars)
          .thenComparingInt(c -> -c.serviceChars)
          .thenComparingInt(c -> -c.methodChars)
          .thenComparingInt(c -> -c.headers)
          .thenComparing(Candidate::created)
          .thenComparing(Candidate::namespacedName)
          .thenComparingInt(c -> c.ruleIndex)
          .thenComparingInt(c -> c.matchIndex.orElse(-1));
}
