/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.equivalence;

import io.elbgateway.model.gateway.GRPCHeaderMatchType;
import io.elbgateway.model.gateway.GRPCMethodMatchType;
import io.elbgateway.model.gateway.GRPCRoute;
import io.elbgateway.model.gateway.HTTPHeaderMatchType;
import io.elbgateway.model.gateway.HTTPPathMatchType;
import io.elbgateway.model.gateway.HTTPQueryParamMatchType;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.HTTPRoute;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.meta.ParentReference;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.model.status.Condition;
import io.elbgateway.model.status.ConditionStatus;
import io.elbgateway.model.status.GatewayStatus;
import io.elbgateway.model.status.ListenerStatus;
import io.elbgateway.model.status.RouteParentStatus;
import io.elbgateway.model.status.RouteStatus;
import io.elbgateway.testkit.alb.HttpRequest;
import io.elbgateway.testkit.alb.NameValue;
import io.elbgateway.translate.DeviationCode;
import io.elbgateway.translate.Diagnostic;
import io.elbgateway.translate.Translation;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a translation declared about one Gateway: its deviations and the statuses it wrote. Each
 * lookup answers the evidence (a sentence naming the deviation or status) or empty.
 */
final class DeclaredDifferences {

  private static final Pattern HEADER = Pattern.compile("\\.matches\\[(\\d+)]\\.headers\\[(\\d+)]");
  private static final Pattern QUERY = Pattern.compile("\\.matches\\[(\\d+)]\\.queryParams\\[(\\d+)]");

  private final Translation translation;
  private final ClusterSnapshot snapshot;
  private final ObjectKey gateway;

  DeclaredDifferences(Translation translation, ClusterSnapshot snapshot, ObjectKey gateway) {
    this.translation = translation;
    this.snapshot = snapshot;
    this.gateway = gateway;
  }

  /** A deviation with this code declared within the site. */
  Optional<Diagnostic> deviation(RuleSite site, DeviationCode code) {
    return translation.diagnostics().stream()
        .filter(d -> d.code() == code && d.object().equals(site.route()) && site.covers(d.path()))
        .findFirst();
  }

  /** A deviation with this code declared for the Gateway or the route at {@code path} or below. */
  Optional<Diagnostic> deviationAt(ObjectKey object, String path, DeviationCode code) {
    return translation.diagnostics().stream()
        .filter(d -> d.code() == code && d.object().equals(object))
        .filter(d -> d.path().equals(path) || d.path().startsWith(path + ".") || d.path().startsWith(path + "["))
        .findFirst();
  }

  /**
   * A case, repetition, host-port or regex deviation declared within the site that the request
   * actually triggers.
   */
  Optional<String> triggeredDeviation(RuleSite site, HttpRequest request) {
    // Request-specific deviations first; the regex dialect, which needs no request, last.
    for (Diagnostic d : translation.diagnostics()) {
      if (d.object().equals(site.route()) && site.covers(d.path()) && triggers(d, site, request)) {
        return Optional.of(describe(d) + " (the request triggers it)");
      }
    }
    for (Diagnostic d : translation.diagnostics()) {
      if (d.code() == DeviationCode.REGEX_DIALECT
          && d.object().equals(site.route())
          && site.covers(d.path())
          && regexes(site.route(), d.path()).stream().anyMatch(DeclaredDifferences::dialectSensitive)) {
        return Optional.of(describe(d) + " (the regex uses a construct whose meaning differs between dialects)");
      }
      if (d.code() == DeviationCode.REGEX_DIALECT
          && d.object().equals(site.route())
          && site.covers(d.path())
          && headerMatch(site.route(), d.path()).map(m -> regexCaseDiffers(request.headers(), m)).orElse(false)) {
        return Optional.of(
            describe(d) + " (AWS does not say whether header RegexValues compare case-sensitively, and the"
                + " request's header value matches the regex only when case is ignored)");
      }
    }
    return Optional.empty();
  }

  private boolean triggers(Diagnostic d, RuleSite site, HttpRequest request) {
    return switch (d.code()) {
      case HOST_WITH_PORT -> request.hostPort().isPresent();
      case HEADER_VALUE_CASE_INSENSITIVE ->
          headerMatch(site.route(), d.path()).map(m -> caseDiffers(request.headers(), m, true)).orElse(false);
      case QUERY_PARAM_CASE_INSENSITIVE ->
          queryMatch(site.route(), d.path()).map(m -> caseDiffers(request.queryParameters(), m, false)).orElse(false);
      case REPEATED_QUERY_PARAM ->
          queryMatch(site.route(), d.path())
              .map(m -> request.queryParameters().stream().filter(p -> p.name().equalsIgnoreCase(m.name())).count() > 1)
              .orElse(false);
      default -> false;
    };
  }

  /**
   * A {@code HOST_WITH_PORT} deviation declared on the Gateway itself (for rules no route owns,
   * such as listener isolation), when the request's Host carries a port.
   */
  Optional<String> gatewayHostWithPort(HttpRequest request) {
    if (request.hostPort().isEmpty()) {
      return Optional.empty();
    }
    return translation.diagnostics().stream()
        .filter(d -> d.code() == DeviationCode.HOST_WITH_PORT && d.object().equals(gateway))
        .findFirst()
        .map(d -> describe(d) + " (the request triggers it)");
  }

  /**
   * Whether a regex uses what regex dialects disagree on (RE2, PCRE, ECMAScript, java.util.regex):
   * lookaround and inline flags {@code (?}, backreferences, possessive quantifiers, Unicode and POSIX
   * classes, anchors other than {@code ^ $}; or does not compile as a Java regex. The evaluator and
   * the reference router both use {@code java.util.regex}, so without such a construct a regex
   * difference is the translator's encoding, not the dialect.
   */
  static boolean dialectSensitive(String regex) {
    try {
      Pattern.compile(regex);
    } catch (RuntimeException e) {
      return true;
    }
    return regex.contains("(?")
        || regex.matches(".*\\\\[1-9pPbBAzZGQEhHRXkK].*")
        || regex.contains("[[:")
        || regex.matches(".*[*+?}][+].*");
  }

  /** The regex values of the rule (and match) a diagnostic path names. */
  private List<String> regexes(ObjectKey route, String path) {
    Optional<Integer> rule = ruleIndex(path);
    Matcher m = Pattern.compile("\\.matches\\[(\\d+)]").matcher(path);
    Optional<Integer> match = m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    List<String> out = new java.util.ArrayList<>();
    Optional<KubernetesObject> object = snapshot.get(route);
    if (rule.isEmpty() || object.isEmpty()) {
      return out;
    }
    if (object.get() instanceof HTTPRoute http && rule.get() < http.spec().rules().size()) {
      var matches = http.spec().rules().get(rule.get()).matches();
      for (int i = 0; i < matches.size(); i++) {
        if (match.isPresent() && match.get() != i) {
          continue;
        }
        var hm = matches.get(i);
        if (hm.path().type() == HTTPPathMatchType.REGULAR_EXPRESSION) {
          out.add(hm.path().value());
        }
        hm.headers().stream().filter(h -> h.type() == HTTPHeaderMatchType.REGULAR_EXPRESSION).forEach(h -> out.add(h.value()));
        hm.queryParams().stream().filter(q -> q.type() == HTTPQueryParamMatchType.REGULAR_EXPRESSION).forEach(q -> out.add(q.value()));
      }
    } else if (object.get() instanceof GRPCRoute grpc && rule.get() < grpc.spec().rules().size()) {
      var matches = grpc.spec().rules().get(rule.get()).matches();
      for (int i = 0; i < matches.size(); i++) {
        if (match.isPresent() && match.get() != i) {
          continue;
        }
        var gm = matches.get(i);
        gm.method().filter(x -> x.type() == GRPCMethodMatchType.REGULAR_EXPRESSION).ifPresent(x -> {
          x.service().ifPresent(out::add);
          x.method().ifPresent(out::add);
        });
        gm.headers().stream().filter(h -> h.type() == GRPCHeaderMatchType.REGULAR_EXPRESSION).forEach(h -> out.add(h.value()));
      }
    }
    return out;
  }

  /**
   * Whether the request carries the match's name with a value equal but for case (or, for a query
   * parameter, a name equal but for case) of the match's value.
   */
  private static boolean caseDiffers(List<NameValue> values, NameValue match, boolean nameIgnoresCase) {
    for (NameValue v : values) {
      boolean nameEqual = v.name().equals(match.name());
      boolean nameEqualIgnoringCase = v.name().equalsIgnoreCase(match.name());
      if (!nameEqualIgnoringCase) {
        continue;
      }
      boolean valueExact = v.value().equals(match.value());
      boolean valueIgnoringCase = v.value().equalsIgnoreCase(match.value());
      if (valueIgnoringCase && !valueExact) {
        return true;
      }
      if (!nameIgnoresCase && !nameEqual && valueIgnoringCase) {
        return true;
      }
    }
    return false;
  }

  /** Whether a request header of the match's name matches its regex only when case is ignored. */
  private static boolean regexCaseDiffers(List<NameValue> headers, NameValue match) {
    try {
      Pattern exact = Pattern.compile(match.value());
      Pattern ignoringCase = Pattern.compile(match.value(), Pattern.CASE_INSENSITIVE);
      return headers.stream()
          .filter(h -> h.name().equalsIgnoreCase(match.name()))
          .anyMatch(h -> ignoringCase.matcher(h.value()).matches() != exact.matcher(h.value()).matches());
    } catch (RuntimeException e) {
      return false;
    }
  }

  private Optional<NameValue> headerMatch(ObjectKey route, String path) {
    Matcher m = HEADER.matcher(path);
    Optional<Integer> rule = ruleIndex(path);
    if (!m.find() || rule.isEmpty()) {
      return Optional.empty();
    }
    int match = Integer.parseInt(m.group(1));
    int item = Integer.parseInt(m.group(2));
    return snapshot.get(route).flatMap(o -> {
      try {
        if (o instanceof HTTPRoute http) {
          var h = http.spec().rules().get(rule.get()).matches().get(match).headers().get(item);
          return Optional.of(NameValue.of(h.name(), h.value()));
        }
        if (o instanceof GRPCRoute grpc) {
          var h = grpc.spec().rules().get(rule.get()).matches().get(match).headers().get(item);
          return Optional.of(NameValue.of(h.name(), h.value()));
        }
      } catch (IndexOutOfBoundsException e) {
        return Optional.empty();
      }
      return Optional.empty();
    });
  }

  private Optional<NameValue> queryMatch(ObjectKey route, String path) {
    Matcher m = QUERY.matcher(path);
    Optional<Integer> rule = ruleIndex(path);
    if (!m.find() || rule.isEmpty()) {
      return Optional.empty();
    }
    int match = Integer.parseInt(m.group(1));
    int item = Integer.parseInt(m.group(2));
    return snapshot.get(route).flatMap(o -> {
      if (o instanceof HTTPRoute http) {
        try {
          var q = http.spec().rules().get(rule.get()).matches().get(match).queryParams().get(item);
          return Optional.of(NameValue.of(q.name(), q.value()));
        } catch (IndexOutOfBoundsException e) {
          return Optional.empty();
        }
      }
      return Optional.empty();
    });
  }

  private static Optional<Integer> ruleIndex(String path) {
    Matcher m = Pattern.compile("^\\.spec\\.rules\\[(\\d+)]").matcher(path);
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  /**
   * The status that says the site's rule is not served as written: the route is not accepted by
   * this Gateway, it is PartiallyInvalid naming the rule (dropped, or answering 500), or
   * ResolvedRefs=False names one of the rule's backends.
   */
  Optional<String> ruleStatus(RuleSite site) {
    RouteStatus status = translation.routeStatuses().get(site.route());
    if (status == null) {
      return Optional.empty();
    }
    String routeNamespace = site.route().namespace();
    for (RouteParentStatus parent : status.parents()) {
      if (!namesGateway(parent.parentRef(), routeNamespace)) {
        continue;
      }
      for (Condition c : parent.conditions()) {
        if (c.type().equals("Accepted") && c.status() == ConditionStatus.FALSE) {
          return Optional.of(
              "status of " + site.route().namespacedName() + ": Accepted=False " + c.reason() + ": " + c.message());
        }
        // A backend the translation could not serve for an AWS reason the spec does not know (say
        // instance targets behind a Service without node ports): ResolvedRefs=False names it.
        if (c.type().equals("ResolvedRefs")
            && c.status() == ConditionStatus.FALSE
            && c.message().contains(site.rulePath() + ".backendRefs")) {
          return Optional.of(
              "status of " + site.route().namespacedName() + ": ResolvedRefs=False naming a backend of "
                  + site.rulePath() + ": " + c.message());
        }
        if (c.type().equals("PartiallyInvalid")
            && c.status() == ConditionStatus.TRUE
            && c.message().contains(site.rulePath())) {
          return Optional.of(
              "status of " + site.route().namespacedName() + ": PartiallyInvalid naming " + site.rulePath() + ": "
                  + c.message());
        }
      }
    }
    return Optional.empty();
  }

  private boolean namesGateway(ParentReference ref, String routeNamespace) {
    return ref.kind().equals("Gateway")
        && ref.name().equals(gateway.name())
        && ref.namespace().orElse(routeNamespace).equals(gateway.namespace());
  }

  /** The Gateway is not accepted, or its class is not. */
  Optional<String> gatewayRejected() {
    GatewayStatus status = translation.gatewayStatuses().get(gateway);
    if (status != null) {
      for (Condition c : status.conditions()) {
        if (c.type().equals("Accepted") && c.status() == ConditionStatus.FALSE) {
          return Optional.of("status of Gateway " + gateway.namespacedName() + ": Accepted=False " + c.reason() + ": " + c.message());
        }
      }
    }
    Optional<KubernetesObject> object = snapshot.get(gateway);
    if (object.isPresent() && object.get() instanceof Gateway g) {
      var classStatus = translation.gatewayClassStatuses().get(g.spec().gatewayClassName());
      if (classStatus != null) {
        for (Condition c : classStatus.conditions()) {
          if (c.type().equals("Accepted") && c.status() == ConditionStatus.FALSE) {
            return Optional.of("status of GatewayClass " + g.spec().gatewayClassName() + ": Accepted=False: " + c.message());
          }
        }
      }
    }
    return Optional.empty();
  }

  /** A listener of the Gateway on {@code port} whose status says it is not (fully) served. */
  Optional<String> listenerRejected(int port) {
    GatewayStatus status = translation.gatewayStatuses().get(gateway);
    Optional<KubernetesObject> object = snapshot.get(gateway);
    if (status == null || object.isEmpty() || !(object.get() instanceof Gateway g)) {
      return Optional.empty();
    }
    for (ListenerStatus listener : status.listeners()) {
      boolean onPort =
          listener.port().map(p -> p == port).orElseGet(() ->
              g.spec().listeners().stream().anyMatch(l -> l.name().equals(listener.name()) && l.port() == port));
      if (!onPort) {
        continue;
      }
      for (Condition c : listener.conditions()) {
        boolean bad =
            (List.of("Accepted", "Programmed", "ResolvedRefs").contains(c.type()) && c.status() == ConditionStatus.FALSE)
                || (c.type().equals("Conflicted") && c.status() == ConditionStatus.TRUE);
        if (bad) {
          return Optional.of(
              "status of listener " + listener.name() + " of Gateway " + gateway.namespacedName() + ": " + c.type() + "="
                  + c.status() + " " + c.reason() + ": " + c.message());
        }
      }
    }
    return Optional.empty();
  }

  static String describe(Diagnostic d) {
    return "deviation " + d.code() + " declared on " + d.object().namespacedName()
        + (d.path().isEmpty() ? "" : " " + d.path());
  }


}
