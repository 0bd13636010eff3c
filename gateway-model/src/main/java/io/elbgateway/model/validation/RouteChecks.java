/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import io.elbgateway.model.gateway.BackendRef;
import io.elbgateway.model.gateway.CookieConfig;
import io.elbgateway.model.gateway.CookieLifetimeType;
import io.elbgateway.model.gateway.Fraction;
import io.elbgateway.model.gateway.HTTPHeader;
import io.elbgateway.model.gateway.HTTPHeaderFilter;
import io.elbgateway.model.gateway.HTTPRequestMirrorFilter;
import io.elbgateway.model.gateway.HTTPRouteTimeouts;
import io.elbgateway.model.gateway.RouteRule;
import io.elbgateway.model.gateway.RouteSpec;
import io.elbgateway.model.gateway.SessionPersistence;
import io.elbgateway.model.meta.BackendObjectReference;
import io.elbgateway.model.meta.LocalObjectReference;
import io.elbgateway.model.meta.ParentReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The checks the route kinds share: {@code CommonRouteSpec} (parent references), hostnames, rule
 * names, backend references and weights, and the filter and rule parts HTTPRoute and GRPCRoute have
 * in common (header modifiers, mirrors, extension references, session persistence).
 */
final class RouteChecks {

  /** The largest {@code weight} of a backend. */
  static final int MAX_WEIGHT = 1_000_000;

  /** Total matches across all rules of an HTTPRoute or GRPCRoute. */
  static final int MAX_TOTAL_MATCHES = 128;

  private static final Pattern IPV4 = Pattern.compile("^[0-9]{1,3}(\\.[0-9]{1,3}){3}$");

  private RouteChecks() {}

  /**
   * {@code spec.parentRefs} (at most 32, distinct) and {@code spec.hostnames} (at most {@code
   * max}).
   */
  static void common(Checks spec, RouteSpec routeSpec, int minHostnames, int maxHostnames) {
    parentRefs(spec, routeSpec.parentRefs());
    hostnames(spec, routeSpec.hostnames(), minHostnames, maxHostnames);
  }

  /** At most 32 parent references, each well-formed, with distinct sections of the same parent. */
  static void parentRefs(Checks spec, List<ParentReference> refs) {
    spec.items("parentRefs", refs, 0, 32);
    spec.each("parentRefs", refs, RouteChecks::parentRef);
    Map<String, List<Integer>> byParent = new LinkedHashMap<>();
    for (int i = 0; i < refs.size(); i++) {
      byParent.computeIfAbsent(parentIdentity(refs.get(i)), k -> new ArrayList<>()).add(i);
    }
    for (List<Integer> same : byParent.values()) {
      if (same.size() < 2) {
        continue;
      }
      ParentReference first = refs.get(same.get(0));
      Set<String> sections = new HashSet<>();
      for (int i : same) {
        ParentReference ref = refs.get(i);
        Checks at = spec.at("parentRefs", i);
        if (hasSection(ref) != hasSection(first) || hasPort(ref) != hasPort(first)) {
          at.error(
              "sectionName or port must be specified when parentRefs includes 2 or more references"
                  + " to the same parent");
        } else if (!sections.add(ref.sectionName().orElse("") + ":" + ref.port().orElse(0))) {
          at.error(
              "sectionName or port must be unique when parentRefs includes 2 or more references to"
                  + " the same parent");
        }
      }
    }
  }

  private static String parentIdentity(ParentReference ref) {
    return ref.group() + "/" + ref.kind() + "/" + ref.namespace().orElse("") + "/" + ref.name();
  }

  private static boolean hasSection(ParentReference ref) {
    return ref.sectionName().filter(s -> !s.isEmpty()).isPresent();
  }

  private static boolean hasPort(ParentReference ref) {
    return ref.port().filter(p -> p != 0).isPresent();
  }

  private static void parentRef(Checks c, ParentReference ref) {
    c.format("group", ref.group(), Formats.GROUP);
    c.format("kind", ref.kind(), Formats.KIND);
    c.ifPresent("namespace", ref.namespace(), (n, v) -> n.format(v, Formats.NAMESPACE));
    c.length("name", ref.name(), 1, 253);
    c.ifPresent("sectionName", ref.sectionName(), (n, v) -> n.format(v, Formats.SECTION_NAME));
    c.ifPresent("port", ref.port(), (n, v) -> n.range(v, 1, 65535));
  }

  /** Between {@code min} and {@code max} hostnames, each a {@code Hostname}. */
  static void hostnames(Checks spec, List<String> hostnames, int min, int max) {
    spec.items("hostnames", hostnames, min, max);
    spec.each("hostnames", hostnames, (c, h) -> c.format(h, Formats.HOSTNAME));
  }

  /** No hostname is an IPv4 address (TLSRoute {@code v1alpha3} and {@code v1}). */
  static void noIpHostnames(Checks spec, List<String> hostnames) {
    spec.each(
        "hostnames",
        hostnames,
        (c, h) -> c.require(!IPV4.matcher(h).matches(), "Hostnames cannot contain an IP"));
  }

  /** Rule names are {@code SectionName}s and unique within the route. */
  static void ruleNames(Checks spec, List<? extends RouteRule> rules) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      Optional<String> name = rules.get(i).name();
      if (name.isEmpty()) {
        continue;
      }
      Checks at = spec.at("rules", i).at("name");
      if (at.format(name.get(), Formats.SECTION_NAME) && !seen.add(name.get())) {
        at.error("Rule name must be unique within the route");
      }
    }
  }

  /** The sum of match counts over all rules is at most 128. */
  static void totalMatches(Checks spec, int total) {
    spec.at("rules")
        .require(
            total <= MAX_TOTAL_MATCHES,
            "While 16 rules and 64 matches per rule are allowed, the total number of matches across"
                + " all rules in a route must be less than 128 (has "
                + total
                + ")");
  }

  /** Rules of the L4 kinds (TLS, TCP, UDP): count, names and 1 to 16 backends each. */
  static void l4Rules(Checks spec, List<? extends RouteRule> rules, int minRules, int maxRules) {
    spec.items("rules", rules, minRules, maxRules);
    ruleNames(spec, rules);
    spec.each(
        "rules",
        rules,
        (c, rule) -> {
          c.items("backendRefs", rule.backendRefs(), 1, 16);
          c.each("backendRefs", rule.backendRefs(), RouteChecks::backendRef);
        });
  }

  /** A weighted backend: the reference and a weight of 0 to 1,000,000. */
  static void backendRef(Checks c, BackendRef ref) {
    backendObjectReference(c, ref.reference());
    c.range("weight", ref.weight(), 0, MAX_WEIGHT);
  }

  /** Group, kind, name, namespace, port; a core Service needs a port. */
  static void backendObjectReference(Checks c, BackendObjectReference ref) {
    c.format("group", ref.group(), Formats.GROUP);
    c.format("kind", ref.kind(), Formats.KIND);
    c.length("name", ref.name(), 1, 253);
    c.ifPresent("namespace", ref.namespace(), (n, v) -> n.format(v, Formats.NAMESPACE));
    c.ifPresent("port", ref.port(), (n, v) -> n.range(v, 1, 65535));
    if (ref.group().isEmpty() && ref.kind().equals("Service") && ref.port().isEmpty()) {
      c.at("port").error("Must have port for Service reference");
    }
  }

  /** An {@code extensionRef}: group, kind and name. */
  static void localObjectReference(Checks c, LocalObjectReference ref) {
    c.format("group", ref.group(), Formats.GROUP);
    c.format("kind", ref.kind(), Formats.KIND);
    c.length("name", ref.name(), 1, 253);
  }

  /**
   * A header modifier: {@code set}, {@code add} and {@code remove} at most 16 each, names unique in
   * each list (the API server's list-map keys); the same header in two actions is a warning, since
   * the spec allows one action per header name but the API server does not enforce it.
   */
  static void headerFilter(Checks c, HTTPHeaderFilter filter) {
    headerList(c, "set", filter.set());
    headerList(c, "add", filter.add());
    c.items("remove", filter.remove(), 0, 16);
    c.unique("remove", filter.remove(), Function.identity(), "header");
    Map<String, String> actionOf = new HashMap<>();
    checkOneAction(c, "set", filter.set().stream().map(HTTPHeader::name).toList(), actionOf);
    checkOneAction(c, "add", filter.add().stream().map(HTTPHeader::name).toList(), actionOf);
    checkOneAction(c, "remove", filter.remove(), actionOf);
  }

  private static void headerList(Checks c, String field, List<HTTPHeader> headers) {
    c.items(field, headers, 0, 16);
    c.each(
        field,
        headers,
        (h, header) -> {
          h.format("name", header.name(), Formats.HEADER_NAME);
          h.length("value", header.value(), 1, 4096);
        });
    uniqueNames(c, field, headers, HTTPHeader::name, false);
  }

  private static void checkOneAction(
      Checks c, String field, List<String> names, Map<String, String> actionOf) {
    for (int i = 0; i < names.size(); i++) {
      String key = names.get(i).toLowerCase(Locale.ROOT);
      String earlier = actionOf.putIfAbsent(key, field);
      if (earlier != null && !earlier.equals(field)) {
        c.at(field, i)
            .warning(
                "header "
                    + names.get(i)
                    + " is also in "
                    + earlier
                    + "; only one action per header name is allowed");
      }
    }
  }

  /**
   * Names of a list-map keyed by {@code name} are unique (an error, as the API server rejects
   * them); when {@code caseInsensitive}, names that differ only in case get a warning, since only
   * the first of them is used.
   */
  static <T> void uniqueNames(
      Checks c, String field, List<T> items, Function<T, String> name, boolean caseInsensitive) {
    Set<String> exact = new HashSet<>();
    Set<String> folded = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      String n = name.apply(items.get(i));
      Checks at = c.at(field, i).at("name");
      if (!exact.add(n)) {
        at.error("duplicate name " + n);
      } else if (caseInsensitive && !folded.add(n.toLowerCase(Locale.ROOT))) {
        at.warning(
            "header name "
                + n
                + " repeats an earlier name in another case; only the first is used");
      }
      folded.add(n.toLowerCase(Locale.ROOT));
    }
  }

  /**
   * Header matches of an HTTPRoute or GRPCRoute match: at most 16, names unique (case-insensitive
   * repeats are a warning), each name a header name and each value 1-4096 characters.
   */
  static <T> void headerMatches(
      Checks c, List<T> headers, Function<T, String> name, Function<T, String> value) {
    c.items("headers", headers, 0, 16);
    uniqueNames(c, "headers", headers, name, true);
    c.each(
        "headers",
        headers,
        (h, header) -> {
          h.format("name", name.apply(header), Formats.HEADER_NAME);
          h.length("value", value.apply(header), 1, 4096);
        });
  }

  /** A request mirror: backend, {@code percent} 0-100 or a {@code fraction}, not both. */
  static void mirror(Checks c, HTTPRequestMirrorFilter mirror) {
    backendObjectReference(c.at("backendRef"), mirror.backendRef());
    c.ifPresent("percent", mirror.percent(), (p, v) -> p.range(v, 0, 100));
    c.ifPresent("fraction", mirror.fraction(), RouteChecks::fraction);
    c.require(
        mirror.percent().isEmpty() || mirror.fraction().isEmpty(),
        "Only one of percent or fraction may be specified in HTTPRequestMirrorFilter");
  }

  /** A fraction: numerator at least 0, denominator at least 1, numerator at most denominator. */
  static void fraction(Checks c, Fraction fraction) {
    boolean ok = c.range("numerator", fraction.numerator(), 0, Integer.MAX_VALUE);
    ok &= c.range("denominator", fraction.denominator(), 1, Integer.MAX_VALUE);
    if (ok) {
      c.at("numerator")
          .require(
              fraction.numerator() <= fraction.denominator(),
              "numerator must be less than or equal to denominator");
    }
  }

  /** A Gateway API {@code Duration} field, when set. */
  static boolean duration(Checks c, String field, Optional<String> value) {
    return value.map(v -> c.format(field, v, Formats.DURATION)).orElse(true);
  }

  /** The parsed value of a {@code Duration} the format check accepted. */
  static Optional<java.time.Duration> durationValue(Optional<String> value) {
    return value.flatMap(HTTPRouteTimeouts::parseDuration);
  }

  /**
   * Session persistence: name length, durations, and a permanent cookie needs an absolute timeout.
   */
  static void sessionPersistence(Checks c, SessionPersistence session) {
    c.ifPresent("sessionName", session.sessionName(), (n, v) -> n.length(v, 0, 128));
    duration(c, "absoluteTimeout", session.absoluteTimeout());
    duration(c, "idleTimeout", session.idleTimeout());
    boolean permanent =
        session
            .cookieConfig()
            .map(CookieConfig::lifetimeType)
            .filter(t -> t == CookieLifetimeType.PERMANENT)
            .isPresent();
    if (permanent && session.absoluteTimeout().isEmpty()) {
      c.at("absoluteTimeout")
          .error("AbsoluteTimeout must be specified when cookie lifetimeType is Permanent");
    }
  }

  /**
   * For a filter entry: the config block named {@code field} is set exactly when the entry's type
   * is {@code type}.
   */
  static void configMatchesType(
      Checks filter, String field, boolean present, String type, boolean typeMatches) {
    if (present && !typeMatches) {
      filter.at(field).error("filter." + field + " must be nil if the filter.type is not " + type);
    } else if (!present && typeMatches) {
      filter.at(field).error("filter." + field + " must be specified for " + type + " filter.type");
    }
  }

  /** A filter type appears at most once in a filter list; each repeat is reported at its index. */
  static <F, T> void notRepeated(
      Checks c, String field, List<F> filters, Function<F, T> typeOf, T type) {
    int seen = 0;
    for (int i = 0; i < filters.size(); i++) {
      if (typeOf.apply(filters.get(i)).equals(type) && ++seen > 1) {
        c.at(field, i).error(type + " filter cannot be repeated");
      }
    }
  }
}
