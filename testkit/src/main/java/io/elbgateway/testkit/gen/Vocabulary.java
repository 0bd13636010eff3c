/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.gen;

import java.util.List;
import java.util.Map;

/**
 * The small shared vocabulary scenarios draw names, hostnames, paths and values from, so that
 * listeners, routes and matches overlap (share hostnames, path stems, header names) and requests
 * drawn from one configuration hit the rules of another.
 */
final class Vocabulary {

  private Vocabulary() {}

  static final String GATEWAY_CLASS = "alb";
  static final String CONTROLLER = "gateway.k8s.aws/alb";
  static final String GATEWAY = "gw";

  /** Namespaces: the Gateway's first, then route namespaces. */
  static final List<String> NAMESPACES = List.of("web", "shop", "other");

  /** Values of the {@code team} label namespaces carry and selectors pick. */
  static final List<String> TEAMS = List.of("a", "b");

  static final String TEAM_LABEL = "team";
  static final String NAME_LABEL = "kubernetes.io/metadata.name";

  /** Listener hostnames: overlapping exact and wildcard names. */
  static final List<String> LISTENER_HOSTNAMES =
      List.of("*.example.com", "shop.example.com", "example.com", "api.example.com", "*.shop.example.com");

  /** Route hostnames: overlapping with the listeners', plus one that intersects with nothing. */
  static final List<String> ROUTE_HOSTNAMES =
      List.of(
          "shop.example.com",
          "*.example.com",
          "api.example.com",
          "a.shop.example.com",
          "*.shop.example.com",
          "example.com",
          "other.test");

  /** Path prefixes sharing stems, with literal {@code *} and {@code .}. */
  static final List<String> PREFIXES = List.of("/a", "/", "/a/b", "/ab", "/api", "/api/v1", "/a.b", "/a*");

  /** Exact paths. */
  static final List<String> EXACT_PATHS = List.of("/a", "/ab", "/a/b", "/api/v1/items", "/a*b", "/x.y", "/");

  /** ALB-safe regular expressions, each with a path it matches. */
  static final Map<String, String> REGEX_PATHS =
      Map.of("/a/[0-9]+", "/a/42", "/api/v[12]/.*", "/api/v2/items", "/ab.*", "/abc");

  static final List<String> REGEXES = List.of("/a/[0-9]+", "/api/v[12]/.*", "/ab.*");

  static final List<String> HEADER_NAMES = List.of("x-env", "x-user", "X-Version");
  static final List<String> HEADER_VALUES = List.of("prod", "canary", "v1", "v2");

  /** Header regexes, each with a value it matches. */
  static final Map<String, String> HEADER_REGEXES = Map.of("v[0-9]", "v7", "can.*", "canary");

  static final List<String> HEADER_REGEX_LIST = List.of("v[0-9]", "can.*");

  static final List<String> QUERY_NAMES = List.of("q", "debug");
  static final List<String> QUERY_VALUES = List.of("1", "yes", "shoes");

  static final List<String> SERVICES = List.of("svc-a", "svc-b");
  static final String MISSING_SERVICE = "svc-missing";

  /** Service ports: 80 targets a number, 8443 a named container port. */
  static final List<Integer> SERVICE_PORTS = List.of(80, 8443);

  static final int MISSING_PORT = 9999;

  static final List<String> GRPC_SERVICES = List.of("shop.Cart", "shop.Catalog");
  static final List<String> GRPC_METHODS = List.of("Get", "List");

  static final List<String> SOURCE_IPS = List.of("192.0.2.10", "198.51.100.7", "10.0.0.5");
}
