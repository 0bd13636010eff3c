/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.gen;

import static io.elbgateway.testkit.gen.Choices.chance;
import static io.elbgateway.testkit.gen.Choices.index;
import static io.elbgateway.testkit.gen.Choices.more;
import static io.elbgateway.testkit.gen.Choices.pick;

import io.elbgateway.model.gateway.GRPCBackendRef;
import io.elbgateway.model.gateway.GRPCHeaderMatch;
import io.elbgateway.model.gateway.GRPCMethodMatch;
import io.elbgateway.model.gateway.GRPCRoute;
import io.elbgateway.model.gateway.GRPCRouteMatch;
import io.elbgateway.model.gateway.GRPCRouteRule;
import io.elbgateway.model.gateway.GRPCRouteSpec;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.HTTPBackendRef;
import io.elbgateway.model.gateway.HTTPHeaderMatch;
import io.elbgateway.model.gateway.HTTPHeaderMatchType;
import io.elbgateway.model.gateway.HTTPMethod;
import io.elbgateway.model.gateway.HTTPPathMatch;
import io.elbgateway.model.gateway.HTTPPathMatchType;
import io.elbgateway.model.gateway.HTTPPathModifier;
import io.elbgateway.model.gateway.HTTPPathModifierType;
import io.elbgateway.model.gateway.HTTPQueryParamMatch;
import io.elbgateway.model.gateway.HTTPRedirectScheme;
import io.elbgateway.model.gateway.HTTPRequestRedirectFilter;
import io.elbgateway.model.gateway.HTTPRoute;
import io.elbgateway.model.gateway.HTTPRouteFilter;
import io.elbgateway.model.gateway.HTTPRouteFilterType;
import io.elbgateway.model.gateway.HTTPRouteMatch;
import io.elbgateway.model.gateway.HTTPRouteRule;
import io.elbgateway.model.gateway.HTTPRouteSpec;
import io.elbgateway.model.gateway.HTTPURLRewriteFilter;
import io.elbgateway.model.gateway.Listener;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.LocalObjectReference;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.meta.ObjectMeta;
import io.elbgateway.model.meta.ParentReference;
import io.elbgateway.testkit.property.RandomSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Draws the routes of a scenario (HTTPRoutes, sometimes a GRPCRoute on an HTTPS listener) from the
 * shared {@link Vocabulary}, valid by construction (the CEL rules of the CRDs hold), and records
 * the Services and cross-namespace references their backends need.
 */
final class RouteDraw {

  /** A route kind in one namespace sending traffic to Services in another. */
  record CrossReference(String fromNamespace, String kind, String toNamespace)
      implements Comparable<CrossReference> {
    private static final Comparator<CrossReference> ORDER =
        Comparator.comparing(CrossReference::fromNamespace)
            .thenComparing(CrossReference::kind)
            .thenComparing(CrossReference::toNamespace);

    @Override
    public int compareTo(CrossReference other) {
      return ORDER.compare(this, other);
    }
  }

  /** The deliberate mistakes {@link ScenarioOptions#mistakes()} puts into the first route. */
  enum Mistake {
    MISNAMED_PARENT,
    WRONG_PARENT_NAMESPACE,
    UNKNOWN_SECTION_NAME,
    UNKNOWN_PARENT_PORT,
    MISSING_SERVICE,
    MISSING_SERVICE_PORT,
    BACKEND_IN_UNKNOWN_NAMESPACE,
    UNKNOWN_EXTENSION_FILTER
  }

  private final RandomSource source;
  private final Gateway gateway;
  private final List<String> namespaces;
  private final ScenarioOptions options;
  private final Optional<Mistake> mistake;
  private final Set<ObjectKey> backends = new TreeSet<>();
  private final Set<CrossReference> crossNamespace = new TreeSet<>();
  private Optional<Mistake> pending;

  RouteDraw(RandomSource source, Gateway gateway, List<String> namespaces, ScenarioOptions options) {
    this.source = source;
    this.gateway = gateway;
    this.namespaces = namespaces;
    this.options = options;
    this.mistake =
        options.mistakes() ? Optional.of(pick(source, List.of(Mistake.values()))) : Optional.empty();
    this.pending = mistake;
  }

  Set<ObjectKey> backends() {
    return backends;
  }

  Set<CrossReference> crossNamespace() {
    return crossNamespace;
  }

  /**
   * The namespace of the next route: usually the Gateway's (index 0, also what it shrinks to),
   * else one of the others.
   */
  int namespaceIndex() {
    if (namespaces.size() > 1 && chance(source, 0.35)) {
      return 1 + index(source, namespaces.size() - 1);
    }
    return 0;
  }

  KubernetesObject route(int position, ObjectMeta meta) {
    String namespace = meta.namespace().orElseThrow();
    Optional<Listener> https =
        gateway.spec().listeners().stream().filter(l -> l.protocol().equals("HTTPS")).findFirst();
    boolean grpc =
        pending.isEmpty() && options.grpcRoutes() && https.isPresent() && chance(source, 0.12);
    ParentReference parent = parentRef(namespace, grpc ? https : Optional.empty());
    List<String> hostnames = hostnames();
    Optional<Mistake> now = pending;
    pending = Optional.empty();
    if (now.isPresent()) {
      parent = broken(parent, now.get());
    }
    if (grpc) {
      List<GRPCRouteRule> rules = new ArrayList<>();
      while (more(source, rules.size(), 1, 3, 0.4)) {
        rules.add(grpcRule(namespace));
      }
      return GRPCRoute.builder()
          .metadata(meta)
          .spec(GRPCRouteSpec.builder().addParentRefs(parent).hostnames(hostnames).rules(rules).build())
          .build();
    }
    List<HTTPRouteRule> rules = new ArrayList<>();
    while (more(source, rules.size(), 1, 4, 0.45)) {
      rules.add(httpRule(namespace, rules.isEmpty() ? now : Optional.empty()));
    }
    return HTTPRoute.builder()
        .metadata(meta)
        .spec(HTTPRouteSpec.builder().addParentRefs(parent).hostnames(hostnames).rules(rules).build())
        .build();
  }

  private ParentReference parentRef(String namespace, Optional<Listener> forced) {
    var ref = ParentReference.builder().name(Vocabulary.GATEWAY);
    String gatewayNamespace = gateway.metadata().namespace().orElseThrow();
    if (!namespace.equals(gatewayNamespace) || chance(source, 0.2)) {
      ref.namespace(gatewayNamespace);
    }
    List<Listener> listeners = gateway.spec().listeners();
    Optional<Listener> section = forced;
    if (section.isEmpty() && chance(source, 0.25)) {
      section = Optional.of(pick(source, listeners));
    }
    section.ifPresent(l -> ref.sectionName(l.name()));
    if (chance(source, 0.1)) {
      ref.port(section.map(Listener::port).orElseGet(() -> pick(source, listeners).port()));
    }
    return ref.build();
  }

  private ParentReference broken(ParentReference parent, Mistake kind) {
    var ref = ParentReference.builder().from(parent);
    switch (kind) {
      case MISNAMED_PARENT -> ref.name(Vocabulary.GATEWAY + "-typo");
      case WRONG_PARENT_NAMESPACE -> ref.namespace("nowhere");
      case UNKNOWN_SECTION_NAME -> ref.sectionName("no-such-listener");
      case UNKNOWN_PARENT_PORT -> ref.port(1234);
      default -> {
        return parent;
      }
    }
    return ref.build();
  }

  private List<String> hostnames() {
    Set<String> hostnames = new LinkedHashSet<>();
    int drawn = 0;
    while (more(source, drawn, 0, 2, 0.45)) {
      drawn++;
      hostnames.add(pick(source, Vocabulary.ROUTE_HOSTNAMES));
    }
    return List.copyOf(hostnames);
  }

  private HTTPRouteRule httpRule(String namespace, Optional<Mistake> mistake) {
    List<HTTPRouteMatch> matches = new ArrayList<>();
    while (more(source, matches.size(), 0, 3, 0.5)) {
      matches.add(match());
    }
    List<Target> targets = new ArrayList<>();
    while (more(source, targets.size(), 1, 3, 0.25)) {
      targets.add(target(namespace, targets.isEmpty() ? mistake : Optional.empty()));
    }
    // Filters are drawn after the backends, so that a redirect (which drops them) is never simpler.
    int filterKind = index(source, 10);
    boolean redirect = filterKind == 7 && mistake.isEmpty();
    boolean rewrite = filterKind >= 8;
    boolean onePrefix =
        matches.size() == 1 && matches.get(0).path().type() == HTTPPathMatchType.PATH_PREFIX;
    var rule = HTTPRouteRule.builder().matches(matches);
    if (redirect) {
      rule.addFilters(redirect(onePrefix));
    } else {
      if (rewrite) {
        rule.addFilters(rewrite(onePrefix));
      }
      // Drawn after the backends, so that a rule without backends (a 500) is never simpler.
      if (!chance(source, 0.03) || mistake.isPresent()) {
        for (Target target : targets) {
          record(target, namespace, "HTTPRoute");
          var ref =
              HTTPBackendRef.builder()
                  .name(target.name())
                  .namespace(target.namespace())
                  .port(target.port());
          target.weight().ifPresent(ref::weight);
          rule.addBackendRefs(ref.build());
        }
      }
    }
    if (mistake.filter(m -> m == Mistake.UNKNOWN_EXTENSION_FILTER).isPresent()) {
      rule.addFilters(
          HTTPRouteFilter.builder()
              .type(HTTPRouteFilterType.EXTENSION_REF)
              .extensionRef(
                  LocalObjectReference.builder()
                      .group("example.com")
                      .kind("Unknown")
                      .name("nothing")
                      .build())
              .build());
    }
    return rule.build();
  }

  private HTTPRouteMatch match() {
    var match = HTTPRouteMatch.builder();
    // One choice for the path (type and value), so that a match deletes cleanly when it shrinks.
    PATHS.get(index(source, PATHS.size())).ifPresent(match::path);
    Set<String> names = new TreeSet<>();
    int drawn = 0;
    // Mostly 0 to 2 headers, sometimes up to 5: over ALB's five condition values per rule.
    while (more(source, drawn, 0, 5, drawn == 1 ? 0.3 : 0.35)) {
      drawn++;
      String name = pick(source, Vocabulary.HEADER_NAMES);
      boolean regex = chance(source, 0.2);
      String value =
          regex ? pick(source, Vocabulary.HEADER_REGEX_LIST) : pick(source, Vocabulary.HEADER_VALUES);
      String unique = drawn <= Vocabulary.HEADER_NAMES.size() ? name : name + "-" + drawn;
      if (names.add(unique.toLowerCase(Locale.ROOT))) {
        match.addHeaders(
            HTTPHeaderMatch.builder()
                .name(unique)
                .type(regex ? HTTPHeaderMatchType.REGULAR_EXPRESSION : HTTPHeaderMatchType.EXACT)
                .value(value)
                .build());
      }
    }
    // One choice for query parameter and method, so a minimal match is three choices: with its
    // "one more" flag a power of two, which the shrinker deletes in one piece.
    int extra = index(source, 16);
    if (extra >= 10 && extra != 13 && extra != 14) {
      match.addQueryParams(
          HTTPQueryParamMatch.builder()
              .name(pick(source, Vocabulary.QUERY_NAMES))
              .value(pick(source, Vocabulary.QUERY_VALUES))
              .build());
    }
    if (extra >= 13) {
      match.method(pick(source, List.of(HTTPMethod.GET, HTTPMethod.POST, HTTPMethod.PUT, HTTPMethod.DELETE)));
    }
    return match.build();
  }

  /** Every path match a rule may have, one choice apart; empty is the default ({@code /} prefix). */
  private static final List<Optional<HTTPPathMatch>> PATHS = paths();

  private static List<Optional<HTTPPathMatch>> paths() {
    List<Optional<HTTPPathMatch>> paths = new ArrayList<>();
    Vocabulary.PREFIXES.forEach(p -> paths.add(Optional.of(path(HTTPPathMatchType.PATH_PREFIX, p))));
    Vocabulary.EXACT_PATHS.forEach(p -> paths.add(Optional.of(path(HTTPPathMatchType.EXACT, p))));
    Vocabulary.REGEXES.forEach(
        p -> paths.add(Optional.of(path(HTTPPathMatchType.REGULAR_EXPRESSION, p))));
    paths.add(Optional.empty());
    return List.copyOf(paths);
  }

  private static HTTPPathMatch path(HTTPPathMatchType type, String value) {
    return HTTPPathMatch.builder().type(type).value(value).build();
  }

  private HTTPPathModifier pathModifier(boolean onePrefix, String fullPath) {
    if (onePrefix && chance(source, 0.5)) {
      return HTTPPathModifier.builder()
          .type(HTTPPathModifierType.REPLACE_PREFIX_MATCH)
          .replacePrefixMatch(pick(source, List.of("/b", "/", "/v2/")))
          .build();
    }
    return HTTPPathModifier.builder()
        .type(HTTPPathModifierType.REPLACE_FULL_PATH)
        .replaceFullPath(fullPath)
        .build();
  }

  private HTTPRouteFilter redirect(boolean onePrefix) {
    var redirect = HTTPRequestRedirectFilter.builder();
    if (chance(source, 0.4)) {
      redirect.scheme(pick(source, List.of(HTTPRedirectScheme.HTTPS, HTTPRedirectScheme.HTTP)));
    }
    if (chance(source, 0.4)) {
      redirect.hostname(pick(source, List.of("moved.example.com", "shop.example.com")));
    }
    if (chance(source, 0.2)) {
      redirect.port(pick(source, List.of(443, 80, 8080)));
    }
    if (chance(source, 0.4)) {
      redirect.path(pathModifier(onePrefix, "/moved"));
    }
    int code = index(source, 10);
    if (code >= 6) {
      redirect.statusCode(code == 9 ? 308 : 301);
    }
    return HTTPRouteFilter.builder()
        .type(HTTPRouteFilterType.REQUEST_REDIRECT)
        .requestRedirect(redirect.build())
        .build();
  }

  private HTTPRouteFilter rewrite(boolean onePrefix) {
    var rewrite = HTTPURLRewriteFilter.builder();
    boolean path = chance(source, 0.6);
    if (!path || chance(source, 0.4)) {
      rewrite.hostname(pick(source, List.of("internal.example.com", "backend.local")));
    }
    if (path) {
      rewrite.path(pathModifier(onePrefix, "/new"));
    }
    return HTTPRouteFilter.builder()
        .type(HTTPRouteFilterType.URL_REWRITE)
        .urlRewrite(rewrite.build())
        .build();
  }

  /** Name, namespace, port and weight of a backend; records what the scenario must provide. */
  private record Target(String name, Optional<String> namespace, int port, Optional<Integer> weight) {}

  private Target target(String routeNamespace, Optional<Mistake> mistake) {
    // The rare variants are drawn after the common value (same number of choices either way), so
    // that shrinking turns them back into the common one.
    String name = pick(source, Vocabulary.SERVICES);
    if (chance(source, 0.05)) {
      name = Vocabulary.MISSING_SERVICE;
    }
    Optional<String> namespace = Optional.empty();
    if (namespaces.size() > 1 && chance(source, 0.15)) {
      String other = pick(source, namespaces);
      if (!other.equals(routeNamespace)) {
        namespace = Optional.of(other);
      }
    }
    int port = pick(source, Vocabulary.SERVICE_PORTS);
    if (chance(source, 0.05)) {
      port = Vocabulary.MISSING_PORT;
    }
    // Weights: mostly the default, often small (0 included), rarely up to the maximum.
    int weightKind = index(source, 20);
    Optional<Integer> weight =
        weightKind < 12
            ? Optional.empty()
            : Optional.of(weightKind < 19 ? source.drawInt(0, 10) : source.drawInt(0, 1_000_000));
    if (mistake.isPresent()) {
      switch (mistake.get()) {
        case MISSING_SERVICE -> name = Vocabulary.MISSING_SERVICE;
        case MISSING_SERVICE_PORT -> port = Vocabulary.MISSING_PORT;
        case BACKEND_IN_UNKNOWN_NAMESPACE -> namespace = Optional.of("nowhere");
        default -> {}
      }
    }
    return new Target(name, namespace, port, weight);
  }

  /** Records the Service a kept backend needs and its cross-namespace reference. */
  private void record(Target target, String routeNamespace, String kind) {
    String effective = target.namespace().orElse(routeNamespace);
    if (effective.equals("nowhere")) {
      return;
    }
    backends.add(ObjectKey.of("", "Service", effective, target.name()));
    if (!effective.equals(routeNamespace)) {
      crossNamespace.add(new CrossReference(routeNamespace, kind, effective));
    }
  }

  private GRPCRouteRule grpcRule(String namespace) {
    var rule = GRPCRouteRule.builder();
    int matches = 0;
    while (more(source, matches, 0, 2, 0.4)) {
      matches++;
      var match = GRPCRouteMatch.builder();
      if (chance(source, 0.8)) {
        var method =
            GRPCMethodMatch.builder().service(pick(source, Vocabulary.GRPC_SERVICES));
        if (chance(source, 0.6)) {
          method.method(pick(source, Vocabulary.GRPC_METHODS));
        }
        match.method(method.build());
      }
      if (chance(source, 0.2)) {
        match.addHeaders(
            GRPCHeaderMatch.builder()
                .name(pick(source, Vocabulary.HEADER_NAMES))
                .value(pick(source, Vocabulary.HEADER_VALUES))
                .build());
      }
      rule.addMatches(match.build());
    }
    int count = 0;
    while (more(source, count, 1, 2, 0.25)) {
      Target target = target(namespace, Optional.empty());
      record(target, namespace, "GRPCRoute");
      var ref =
          GRPCBackendRef.builder().name(target.name()).namespace(target.namespace()).port(target.port());
      target.weight().ifPresent(ref::weight);
      rule.addBackendRefs(ref.build());
      count++;
    }
    return rule.build();
  }
}
