/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import io.elbgateway.model.gateway.GRPCMethodMatchType;
import io.elbgateway.model.gateway.GRPCRouteMatch;
import io.elbgateway.model.gateway.HTTPPathMatchType;
import io.elbgateway.model.gateway.HTTPRouteMatch;
import io.elbgateway.model.gateway.Route;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the precedence of one candidate ALB rule is decided on, as a value (see {@link
 * RulePrecedence} for the order). Built from the hostnames it serves, its match and its route.
 *
 * @param hasHost whether the rule has a host condition (rules without one come last)
 * @param exactHostChars characters in the matching non-wildcard hostname (0 for a wildcard)
 * @param hostChars characters in the matching hostname
 * @param pathRank {@link #EXACT} &gt; {@link #REGEX} &gt; {@link #PREFIX}
 * @param primaryLength HTTP: characters in the path value; gRPC: characters in the service
 * @param secondaryLength gRPC: characters in the method; HTTP: 0
 * @param hasMethod HTTP: whether the match has a method
 * @param headers the number of header matches
 * @param queryParams the number of query parameter matches
 * @param created the route's creationTimestamp; {@link Instant#MAX} when missing
 * @param namespace the route's namespace
 * @param name the route's name
 * @param kind the route's kind (so an HTTPRoute and a GRPCRoute of one name still order)
 * @param ruleIndex the rule's index in the route
 * @param matchIndex the match's index in the rule
 * @param hostGroup the first hostname the rule serves ("" for any host), for determinism
 * @param splitIndex the index of the rule among the rules one match was split into
 */
record PrecedenceKey(
    boolean hasHost,
    int exactHostChars,
    int hostChars,
    int pathRank,
    int primaryLength,
    int secondaryLength,
    boolean hasMethod,
    int headers,
    int queryParams,
    Instant created,
    String namespace,
    String name,
    String kind,
    int ruleIndex,
    int matchIndex,
    String hostGroup,
    int splitIndex) {

  /** An Exact path, or a gRPC service/method match of type Exact. */
  static final int EXACT = 3;

  /**
   * A RegularExpression path or gRPC match: after Exact, before every PathPrefix (see {@link
   * RulePrecedence} for why).
   */
  static final int REGEX = 2;

  /** A PathPrefix path; a gRPC match without service and method ranks as PathPrefix "/". */
  static final int PREFIX = 1;

  /** The host part of a key for the hostnames of one group (all of one specificity). */
  record Host(boolean hasHost, int exactChars, int chars) {
    static Host of(List<String> hostnames) {
      if (hostnames.isEmpty()) {
        return new Host(false, 0, 0);
      }
      return of(hostnames.get(0));
    }

    static Host of(String hostname) {
      boolean wildcard = hostname.startsWith("*");
      return new Host(true, wildcard ? 0 : hostname.length(), hostname.length());
    }
  }

  /** The key of an HTTPRoute match. */
  static PrecedenceKey http(
      Route route, int ruleIndex, int matchIndex, List<String> hostnames, int splitIndex, HTTPRouteMatch match) {
    Host host = Host.of(hostnames);
    HTTPPathMatchType type = match.path().type();
    int rank = type == HTTPPathMatchType.EXACT ? EXACT : type == HTTPPathMatchType.REGULAR_EXPRESSION ? REGEX : PREFIX;
    return new PrecedenceKey(
        host.hasHost(),
        host.exactChars(),
        host.chars(),
        rank,
        match.path().value().length(),
        0,
        match.method().isPresent(),
        match.headers().size(),
        match.queryParams().size(),
        created(route),
        route.metadata().namespace().orElse(""),
        route.metadata().name(),
        route.kind(),
        ruleIndex,
        matchIndex,
        hostnames.isEmpty() ? "" : hostnames.get(0),
        splitIndex);
  }

  /** The key of a GRPCRoute match (empty: the "every request" match of a rule without matches). */
  static PrecedenceKey grpc(
      Route route, int ruleIndex, int matchIndex, List<String> hostnames, int splitIndex, Optional<GRPCRouteMatch> match) {
    Host host = Host.of(hostnames);
    int rank = PREFIX;
    int service = 1; // like PathPrefix "/": every path
    int method = 0;
    if (match.isPresent() && match.get().method().isPresent()) {
      var methodMatch = match.get().method().get();
      rank = methodMatch.type() == GRPCMethodMatchType.REGULAR_EXPRESSION ? REGEX : EXACT;
      service = methodMatch.service().map(String::length).orElse(0);
      method = methodMatch.method().map(String::length).orElse(0);
    }
    return new PrecedenceKey(
        host.hasHost(),
        host.exactChars(),
        host.chars(),
        rank,
        service,
        method,
        false,
        match.map(m -> m.headers().size()).orElse(0),
        0,
        created(route),
        route.metadata().namespace().orElse(""),
        route.metadata().name(),
        route.kind(),
        ruleIndex,
        matchIndex,
        hostnames.isEmpty() ? "" : hostnames.get(0),
        splitIndex);
  }

  /**
   * The key of a listener-isolation rule for a listener's hostname: after every rule of the same
   * hostname specificity (its path rank is below every match's), before every less specific one.
   */
  static PrecedenceKey isolation(String hostname) {
    Host host = Host.of(hostname);
    return new PrecedenceKey(
        true, host.exactChars(), host.chars(), 0, 0, 0, false, 0, 0, Instant.MAX, "", "", "", 0, 0, hostname, 0);
  }

  /** This key for another split of the same match. */
  PrecedenceKey withSplit(int split) {
    return new PrecedenceKey(
        hasHost, exactHostChars, hostChars, pathRank, primaryLength, secondaryLength, hasMethod, headers,
        queryParams, created, namespace, name, kind, ruleIndex, matchIndex, hostGroup, split);
  }

  private static Instant created(Route route) {
    return route.metadata().creationTimestamp().orElse(Instant.MAX);
  }
}
