/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.equivalence;

import io.elbgateway.model.elb.ElbKeys;
import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.testkit.alb.AlbEvaluator;
import io.elbgateway.testkit.alb.AlbOutcome;
import io.elbgateway.testkit.alb.AlbResult;
import io.elbgateway.testkit.alb.ConnectionRefused;
import io.elbgateway.testkit.alb.FixedResponse;
import io.elbgateway.testkit.alb.Forwarded;
import io.elbgateway.testkit.alb.Handled;
import io.elbgateway.testkit.alb.HttpRequest;
import io.elbgateway.testkit.alb.ImmutableConnectionRefused;
import io.elbgateway.testkit.alb.LoadBalancerError;
import io.elbgateway.testkit.alb.Redirected;
import io.elbgateway.testkit.alb.TargetGroupShare;
import io.elbgateway.testkit.spec.AppliedFilter;
import io.elbgateway.testkit.spec.BackendShare;
import io.elbgateway.testkit.spec.Forward;
import io.elbgateway.testkit.spec.NotServed;
import io.elbgateway.testkit.spec.Redirect;
import io.elbgateway.testkit.spec.SpecOptions;
import io.elbgateway.testkit.spec.SpecOutcome;
import io.elbgateway.testkit.spec.SpecRouter;
import io.elbgateway.testkit.spec.Status;
import io.elbgateway.translate.DeviationCode;
import io.elbgateway.translate.Diagnostic;
import io.elbgateway.translate.Translation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares, request by request, what the ALB built from a translation does with what the Gateway
 * API spec requires of one Gateway.
 *
 * <p>Expected: {@link SpecRouter}. Actual: {@link AlbEvaluator} on the Gateway's stack; a Gateway
 * without a stack refuses the connection, which is what the spec's {@link NotServed} means. A
 * difference is {@link Verdict#EXPLAINED} only by evidence the translation wrote, scoped to the
 * route rule (and match) the spec says should serve the request, or the one the ALB used:
 *
 * <ul>
 *   <li>a status: the rule is dropped or fails closed ({@code PartiallyInvalid} naming
 *       {@code .spec.rules[i]}), the route is not accepted by the Gateway, or (for a refused
 *       connection) the Gateway, its class or a listener on the port is rejected or conflicted;
 *   <li>{@code HEADER_VALUE_CASE_INSENSITIVE}, {@code QUERY_PARAM_CASE_INSENSITIVE}: declared on
 *       the header or query match, and the request carries that name with a value equal but for case;
 *   <li>{@code REPEATED_QUERY_PARAM}: declared, and the request repeats the parameter;
 *   <li>{@code HOST_WITH_PORT}: declared, and the Host header carries a port;
 *   <li>{@code REGEX_DIALECT}: declared on the rule or match;
 *   <li>{@code WEIGHT_ROUNDED}: declared on the rule; shares may differ by {@value #ROUNDED_TOLERANCE}
 *       (else they must be equal);
 *   <li>{@code INVALID_BACKEND_SHARE}: declared on the rule; the ALB sends the spec's 500 share to
 *       the valid backends in proportion;
 *   <li>a filter the spec applies but ALB cannot (header modifiers, mirror, CORS, ExternalAuth, ...)
 *       is acceptable only if the translation dropped the rule (a status), or declared an
 *       {@code OTHER} deviation on the filter's field.
 * </ul>
 *
 * <p>Target groups are identified with Services by their key,
 * {@code ElbKeys.targetGroup(lbKey, ns, name, port)[#qualifier]}, and must exist in the stack.
 */
public final class OutcomeComparison {

  /** How far shares may be apart when weights were rounded. */
  public static final double ROUNDED_TOLERANCE = 0.01;

  private static final double EXACT = 1e-9;

  private final ClusterSnapshot snapshot;
  private final ObjectKey gateway;
  private final Optional<ElbStack> stack;
  private final SpecRouter router;
  private final DeclaredDifferences declared;

  private OutcomeComparison(
      Translation translation, ClusterSnapshot snapshot, ObjectKey gateway, SpecOptions options) {
    this.snapshot = snapshot;
    this.gateway = gateway;
    this.stack = translation.stack(gateway);
    this.router = SpecRouter.of(snapshot, options);
    this.declared = new DeclaredDifferences(translation, snapshot, gateway);
  }

  /** A comparison of the Gateway {@code gateway} in {@code translation} of {@code snapshot}. */
  public static OutcomeComparison of(Translation translation, ClusterSnapshot snapshot, ObjectKey gateway) {
    return of(translation, snapshot, gateway, SpecOptions.defaults());
  }

  /** As {@link #of(Translation, ClusterSnapshot, ObjectKey)}, with reference router options. */
  public static OutcomeComparison of(
      Translation translation, ClusterSnapshot snapshot, ObjectKey gateway, SpecOptions options) {
    return new OutcomeComparison(translation, snapshot, gateway, options);
  }

  /** Compares the spec's and the ALB's handling of {@code request}. */
  public Comparison compare(HttpRequest request) {
    SpecOutcome expected = router.route(gateway, request);
    AlbOutcome actual =
        stack.<AlbOutcome>map(s -> AlbEvaluator.evaluate(s, request))
            .orElseGet(() -> ImmutableConnectionRefused.of(request.listenerPort()));
    return decide(request, expected, actual);
  }

  private Comparison decide(HttpRequest request, SpecOutcome expected, AlbOutcome actual) {
    if (expected instanceof NotServed notServed) {
      return actual instanceof ConnectionRefused
          ? equal(request, expected, actual)
          : mismatch(request, expected, actual, "the spec serves nothing on port " + request.listenerPort()
              + " (" + notServed.reason() + ") but the ALB answers");
    }
    if (actual instanceof ConnectionRefused) {
      Optional<String> why =
          stack.isEmpty() ? declared.gatewayRejected() : declared.listenerRejected(request.listenerPort());
      String difference =
          (stack.isEmpty() ? "the Gateway has no ALB" : "the ALB has no listener on port " + request.listenerPort())
              + " but the spec serves the request";
      return why.map(w -> explained(request, expected, actual, w))
          .orElseGet(() -> mismatch(request, expected, actual, difference));
    }
    Handled handled = (Handled) actual;
    Optional<RuleSite> specSite = expected.winner().map(RuleSite::of);
    Optional<RuleSite> albSite = handled.ruleKey().flatMap(k -> RuleSite.ofRuleKey(k, snapshot));
    Optional<String> specRuleStatus = specSite.flatMap(declared::ruleStatus);

    List<String> explanations = new ArrayList<>();
    Optional<String> difference = filterDifference(expected, handled, specSite, explanations);
    if (difference.isEmpty()) {
      difference = resultDifference(request, expected, handled, specSite, explanations);
    }
    if (difference.isEmpty()) {
      return explanations.isEmpty()
          ? equal(request, expected, actual)
          : explained(request, expected, actual, String.join("; ", explanations));
    }
    String what = difference.get()
        + " [spec rule: " + specSite.map(Object::toString).orElse("none")
        + ", ALB rule: " + handled.ruleKey().orElse("listener default") + "]";
    if (specRuleStatus.isPresent()) {
      return explained(request, expected, actual, specRuleStatus.get() + " (" + what + ")");
    }
    for (Optional<RuleSite> site : List.of(specSite, albSite)) {
      Optional<String> deviation = site.flatMap(s -> declared.triggeredDeviation(s, request));
      if (deviation.isPresent()) {
        return explained(request, expected, actual, deviation.get() + " (" + what + ")");
      }
    }
    Optional<String> gatewayLevel = declared.gatewayHostWithPort(request);
    if (gatewayLevel.isPresent()) {
      return explained(request, expected, actual, gatewayLevel.get() + " (" + what + ")");
    }
    return mismatch(request, expected, actual, what);
  }

  /**
   * A filter the spec applies that the ALB does not: acceptable only when the rule was dropped (the
   * comparison of results then finds the difference, which the status explains) or declared.
   */
  private Optional<String> filterDifference(
      SpecOutcome expected, Handled handled, Optional<RuleSite> site, List<String> explanations) {
    for (AppliedFilter filter : expected.appliedFilters()) {
      if (filter.type().equals("authenticate")) {
        if (handled.authenticate().isEmpty()) {
          return Optional.of("the spec authenticates (" + filter.field() + ") but the ALB rule has no authenticate action");
        }
        continue;
      }
      if (site.isEmpty()) {
        continue;
      }
      Optional<String> dropped = site.flatMap(declared::ruleStatus);
      if (dropped.isPresent()) {
        // The rule is not programmed; another rule (or the default) may still give the same result.
        explanations.add(dropped.get());
        continue;
      }
      Optional<Diagnostic> other = declared.deviationAt(site.get().route(), filter.field(), DeviationCode.OTHER);
      if (other.isPresent()) {
        explanations.add(DeclaredDifferences.describe(other.get()) + ": " + other.get().message());
        continue;
      }
      return Optional.of(
          "the spec applies " + filter.type() + " (" + filter.field() + "), which ALB cannot, yet the translation"
              + " neither dropped the rule nor declared it");
    }
    return Optional.empty();
  }

  private Optional<String> resultDifference(
      HttpRequest request,
      SpecOutcome expected, Handled handled, Optional<RuleSite> site, List<String> explanations) {
    AlbResult result = handled.result();
    if (expected instanceof Forward forward) {
      if (!(result instanceof Forwarded forwarded)) {
        return Optional.of("the spec forwards, the ALB answers " + result);
      }
      Optional<String> shares = shareDifference(forward, forwarded, site, explanations);
      if (shares.isPresent()) {
        return shares;
      }
      return rewriteDifference(forward, request, handled);
    }
    if (expected instanceof Redirect redirect) {
      if (!(result instanceof Redirected redirected)) {
        return Optional.of("the spec redirects, the ALB answers " + result);
      }
      if (redirect.statusCode() != redirected.statusCode() || !redirect.location().equals(redirected.location())) {
        return Optional.of("the spec redirects " + redirect.statusCode() + " to " + redirect.location()
            + ", the ALB " + redirected.statusCode() + " to " + redirected.location());
      }
      return Optional.empty();
    }
    Status status = (Status) expected;
    int code = result instanceof FixedResponse fixed ? fixed.statusCode()
        : result instanceof LoadBalancerError error ? error.statusCode() : -1;
    if (code != status.code()) {
      return Optional.of("the spec answers " + status.code() + " (" + status.reason() + "), the ALB " + result);
    }
    if (status.body().isPresent() && result instanceof FixedResponse fixed
        && !fixed.messageBody().orElse("").equals(status.body().get())) {
      return Optional.of("the spec answers the body \"" + status.body().get() + "\", the ALB \""
          + fixed.messageBody().orElse("") + "\"");
    }
    return Optional.empty();
  }

  private Optional<String> shareDifference(
      Forward forward, Forwarded forwarded, Optional<RuleSite> site, List<String> explanations) {
    String lbKey = ElbKeys.loadBalancer(gateway);
    Map<String, Double> actual = new TreeMap<>();
    for (TargetGroupShare share : forwarded.targetGroups()) {
      if (stack.flatMap(s -> s.targetGroup(share.targetGroupKey())).isEmpty()) {
        return Optional.of("the ALB forwards to target group " + share.targetGroupKey() + ", which the stack lacks");
      }
      Optional<String> service = service(lbKey, share.targetGroupKey());
      if (service.isEmpty()) {
        return Optional.of("target group " + share.targetGroupKey() + " names no Service of load balancer " + lbKey);
      }
      actual.merge(service.get(), share.share(), Double::sum);
    }
    double scale = 1;
    if (forward.errorShare() > EXACT) {
      Optional<Diagnostic> invalid = site.flatMap(s -> declared.deviation(s, DeviationCode.INVALID_BACKEND_SHARE));
      if (invalid.isEmpty() || forward.errorShare() >= 1 - EXACT) {
        return Optional.of("the spec answers " + percent(forward.errorShare()) + " with 500 (invalid backends),"
            + " the ALB forwards everything, and no INVALID_BACKEND_SHARE is declared for the rule");
      }
      explanations.add(DeclaredDifferences.describe(invalid.get()));
      scale = 1 / (1 - forward.errorShare());
    }
    Map<String, Double> wanted = new TreeMap<>();
    for (BackendShare b : forward.backends()) {
      wanted.merge(b.namespace() + "/" + b.name() + ":" + b.port(), b.share() * scale, Double::sum);
    }
    Optional<Diagnostic> rounded = site.flatMap(s -> declared.deviation(s, DeviationCode.WEIGHT_ROUNDED));
    double tolerance = rounded.isPresent() ? ROUNDED_TOLERANCE : EXACT * 1000;
    TreeSet<String> services = new TreeSet<>(wanted.keySet());
    services.addAll(actual.keySet());
    boolean usedTolerance = false;
    for (String service : services) {
      double want = wanted.getOrDefault(service, 0.0);
      double got = actual.getOrDefault(service, 0.0);
      double gap = Math.abs(want - got);
      if (gap > tolerance) {
        return Optional.of("Service " + service + " should get " + percent(want) + " of the traffic, the ALB sends it "
            + percent(got) + " (spec " + wanted + ", ALB " + actual + ")");
      }
      usedTolerance |= gap > EXACT * 1000;
    }
    if (usedTolerance) {
      explanations.add(DeclaredDifferences.describe(rounded.get()));
    }
    return Optional.empty();
  }

  /** The host and path the backend receives: the spec's rewrite, or the request unchanged. */
  private static Optional<String> rewriteDifference(Forward forward, HttpRequest request, Handled handled) {
    HttpRequest sent = handled.request();
    String host = forward.rewritten().map(r -> r.host()).orElse(request.host());
    String path = forward.rewritten().map(r -> r.path()).orElse(request.path());
    if (!path.equals(sent.path())) {
      return Optional.of("the spec sends the path " + path + " to the backend, the ALB " + sent.path());
    }
    if (!host.equalsIgnoreCase(sent.host())) {
      return Optional.of("the spec sends the Host " + host + " to the backend, the ALB " + sent.host());
    }
    return Optional.empty();
  }

  /** {@code ns/name:port} of a target group key of this load balancer, without its qualifier. */
  static Optional<String> service(String lbKey, String targetGroupKey) {
    String key = targetGroupKey.contains("#") ? targetGroupKey.substring(0, targetGroupKey.indexOf('#')) : targetGroupKey;
    if (!key.startsWith(lbKey + "/")) {
      return Optional.empty();
    }
    String rest = key.substring(lbKey.length() + 1);
    return rest.split("/", -1).length == 2 && rest.contains(":") ? Optional.of(rest) : Optional.empty();
  }

  private static String percent(double share) {
    return String.format(java.util.Locale.ROOT, "%.2f%%", share * 100);
  }

  private static Comparison equal(HttpRequest request, SpecOutcome expected, AlbOutcome actual) {
    return new Comparison(request, expected, actual, Verdict.EQUAL, "");
  }

  private static Comparison explained(HttpRequest request, SpecOutcome expected, AlbOutcome actual, String why) {
    return new Comparison(request, expected, actual, Verdict.EXPLAINED, why);
  }

  private static Comparison mismatch(HttpRequest request, SpecOutcome expected, AlbOutcome actual, String why) {
    return new Comparison(request, expected, actual, Verdict.MISMATCH, why);
  }
}
