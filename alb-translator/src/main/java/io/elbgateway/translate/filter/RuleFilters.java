/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.filter;

import static java.util.stream.Collectors.toList;

import io.elbgateway.model.elb.TargetGroupStickinessConfig;
import io.elbgateway.model.gateway.CookieLifetimeType;
import io.elbgateway.model.gateway.GRPCRouteFilter;
import io.elbgateway.model.gateway.GRPCRouteFilterType;
import io.elbgateway.model.gateway.GRPCRouteRule;
import io.elbgateway.model.gateway.HTTPRouteFilter;
import io.elbgateway.model.gateway.HTTPRouteFilterType;
import io.elbgateway.model.gateway.HTTPRouteRetry;
import io.elbgateway.model.gateway.HTTPRouteRule;
import io.elbgateway.model.gateway.HTTPRouteTimeouts;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.gateway.RouteRule;
import io.elbgateway.model.gateway.SessionPersistence;
import io.elbgateway.model.gateway.SessionPersistenceType;
import io.elbgateway.model.meta.LocalObjectReference;
import io.elbgateway.translate.DeviationCode;
import io.elbgateway.translate.GatewayContext;
import io.elbgateway.translate.Plugins;
import io.elbgateway.translate.spi.ExtensionRefHandler;
import io.elbgateway.translate.spi.FilterHandler;
import io.elbgateway.translate.spi.RuleDraft;
import io.elbgateway.translate.status.Reasons;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs the filters of one HTTPRoute or GRPCRoute rule, in order, through the handlers the
 * translator was built with, and checks the rule-level fields ALB cannot honour. The result is a
 * {@link RuleDraft}: what the rule's ALB rules carry besides their conditions and forward, or why
 * the rule is dropped or fails closed.
 *
 * <ul>
 *   <li>{@code ExtensionRef}: the handler of the referenced group and kind; none → the rule fails
 *       closed (HTTP 500) with {@code ResolvedRefs=False/InvalidKind}, since the spec forbids
 *       skipping an ExtensionRef it cannot resolve.
 *   <li>Every other filter type: its {@link FilterHandler}; none → the rule is dropped
 *       ({@code UnsupportedValue}).
 *   <li>Backend-level filters ({@code backendRefs[].filters}), {@code timeouts} and {@code retry}:
 *       dropped ({@code UnsupportedValue}), as ALB has no per-target-group filters, no per-rule
 *       timeouts and no retries.
 *   <li>{@code sessionPersistence} by cookie: group stickiness on the forward (ALB's own cookie
 *       {@code AWSALBTG}), declared as a deviation; by header: dropped.
 * </ul>
 *
 * <p>A draft can end up both dropped and failed closed (for example an ExtensionRef that does not
 * resolve and an unsupported header modifier in one rule). Then the rule must answer 500 rather
 * than be left out: leaving it out would let its requests fall through to other rules without the
 * extension (possibly without authentication).
 */
public final class RuleFilters {

  /** The stickiness duration when {@code sessionPersistence} names no timeout: one day. */
  static final int DEFAULT_STICKINESS_SECONDS = 86_400;

  /** ALB's longest group stickiness, 7 days (alb-elbv2.md §2.2). */
  static final int MAX_STICKINESS_SECONDS = 604_800;

  private RuleFilters() {}

  /** The draft of rule {@code ruleIndex} of {@code route} on a listener, after its filters. */
  public static RuleDraft draft(GatewayContext context, Route route, int ruleIndex, boolean https) {
    RuleDraft draft = new RuleDraft(route, ruleIndex, https, context.snapshot(), context.statuses());
    List<? extends RouteRule> rules = route.spec().rules();
    if (ruleIndex < 0 || ruleIndex >= rules.size()) {
      return draft;
    }
    RouteRule rule = rules.get(ruleIndex);
    String rulePath = draft.rulePath();
    Plugins plugins = context.plugins();
    if (rule instanceof HTTPRouteRule) {
      HTTPRouteRule http = (HTTPRouteRule) rule;
      runHttpFilters(http.filters(), rulePath, plugins, draft);
      checkBackendFilters(http.backendRefs().stream().map(b -> !b.filters().isEmpty()).collect(toList()), rulePath, draft);
      http.timeouts().ifPresent(t -> checkTimeouts(t, rulePath, draft));
      http.retry().ifPresent(r -> checkRetry(r, rulePath, draft));
      http.sessionPersistence().ifPresent(s -> sessionPersistence(s, rulePath, draft));
    } else if (rule instanceof GRPCRouteRule) {
      GRPCRouteRule grpc = (GRPCRouteRule) rule;
      runGrpcFilters(grpc.filters(), rulePath, plugins, draft);
      checkBackendFilters(grpc.backendRefs().stream().map(b -> !b.filters().isEmpty()).collect(toList()), rulePath, draft);
      grpc.sessionPersistence().ifPresent(s -> sessionPersistence(s, rulePath, draft));
    }
    return draft;
  }

  private static void runHttpFilters(List<HTTPRouteFilter> filters, String rulePath, Plugins plugins, RuleDraft draft) {
    boolean redirect = filters.stream().anyMatch(f -> f.type() == HTTPRouteFilterType.REQUEST_REDIRECT);
    boolean rewrite = filters.stream().anyMatch(f -> f.type() == HTTPRouteFilterType.URL_REWRITE);
    if (redirect && rewrite) {
      draft.drop(
          Reasons.INCOMPATIBLE_FILTERS,
          rulePath + ".filters: RequestRedirect and URLRewrite cannot be used in the same rule; keep one of them");
    }
    for (int j = 0; j < filters.size(); j++) {
      HTTPRouteFilter filter = filters.get(j);
      String path = rulePath + ".filters[" + j + "]";
      boolean extension = filter.type() == HTTPRouteFilterType.EXTENSION_REF;
      run(extension, filter.extensionRef(), filter.type().toString(), path, plugins, draft, h -> h.apply(filter, path, draft));
    }
  }

  private static void runGrpcFilters(List<GRPCRouteFilter> filters, String rulePath, Plugins plugins, RuleDraft draft) {
    for (int j = 0; j < filters.size(); j++) {
      GRPCRouteFilter filter = filters.get(j);
      String path = rulePath + ".filters[" + j + "]";
      boolean extension = filter.type() == GRPCRouteFilterType.EXTENSION_REF;
      run(extension, filter.extensionRef(), filter.type().toString(), path, plugins, draft, h -> h.apply(filter, path, draft));
    }
  }

  /** One filter: an ExtensionRef to its handler, any other type to its filter handler (none: dropped). */
  private static void run(
      boolean extension,
      Optional<LocalObjectReference> reference,
      String type,
      String path,
      Plugins plugins,
      RuleDraft draft,
      Consumer<FilterHandler> apply) {
    if (extension) {
      extensionRef(reference, path, plugins, draft);
      return;
    }
    Optional<FilterHandler> handler = plugins.filter(type);
    if (handler.isPresent()) {
      guarded(handler.get().getClass().getName(), path, draft, () -> apply.accept(handler.get()));
    } else {
      draft.drop(Reasons.UNSUPPORTED_VALUE, unsupportedFilter(path, type));
    }
  }

  /**
   * Runs a handler; one that throws (a plugin's bug) makes only its own rule fail closed, with the
   * failure in the route's status, instead of failing the whole translation.
   */
  private static void guarded(String handler, String path, RuleDraft draft, Runnable run) {
    try {
      run.run();
    } catch (RuntimeException e) {
      draft.failClosed(
          Reasons.UNSUPPORTED_VALUE,
          path + ": the handler " + handler + " failed (" + e.getClass().getSimpleName() + ": " + e.getMessage()
              + "); requests matching the rule get HTTP 500");
    }
  }

  private static String unsupportedFilter(String path, String type) {
    return path + ": filter type " + type + " is not supported by this controller on ALB; remove the filter";
  }

  /** An ExtensionRef goes to the handler of its group and kind; without one the rule fails closed. */
  private static void extensionRef(
      Optional<LocalObjectReference> reference, String path, Plugins plugins, RuleDraft draft) {
    if (reference.isEmpty()) {
      String message = path + ": a filter of type ExtensionRef needs extensionRef; requests matching the rule get HTTP 500";
      draft.failClosed(Reasons.INVALID_KIND, message);
      draft.unresolvedRef(Reasons.INVALID_KIND, message);
      return;
    }
    LocalObjectReference ref = reference.get();
    Optional<ExtensionRefHandler> handler = plugins.extension(ref.group(), ref.kind());
    if (handler.isPresent()) {
      guarded(handler.get().getClass().getName(), path, draft, () -> handler.get().apply(ref, path + ".extensionRef", draft));
      return;
    }
    String group = ref.group().isEmpty() ? "core" : ref.group();
    String message =
        path
            + ".extensionRef: kind "
            + ref.kind()
            + " of group "
            + group
            + " is not supported (supported: gateway.k8s.aws/ListenerRuleConfiguration and registered plugins);"
            + " requests matching the rule get HTTP 500 until the filter is removed or the kind is supported";
    draft.failClosed(Reasons.INVALID_KIND, message);
    draft.unresolvedRef(Reasons.INVALID_KIND, message);
  }

  /** Drops the rule at the first backendRef with filters; {@code filtered} says which have some. */
  private static void checkBackendFilters(List<Boolean> filtered, String rulePath, RuleDraft draft) {
    int k = filtered.indexOf(true);
    if (k >= 0) {
      draft.drop(Reasons.UNSUPPORTED_VALUE, backendFilters(rulePath, k));
    }
  }

  private static String backendFilters(String rulePath, int k) {
    return rulePath
        + ".backendRefs["
        + k
        + "].filters: ALB cannot run filters for one backend only (a forward action has no per-target-group"
        + " filters); move the filter to the rule's filters or give the backend a rule of its own";
  }

  private static void checkTimeouts(HTTPRouteTimeouts timeouts, String rulePath, RuleDraft draft) {
    if (timeouts.request().isEmpty() && timeouts.backendRequest().isEmpty()) {
      return;
    }
    draft.drop(
        Reasons.UNSUPPORTED_VALUE,
        rulePath
            + ".timeouts: ALB has no per-rule timeouts; remove the field and set the load balancer-wide idle timeout"
            + " instead (LoadBalancerConfiguration loadBalancerAttributes idle_timeout.timeout_seconds, 1-4000)");
  }

  private static void checkRetry(HTTPRouteRetry retry, String rulePath, RuleDraft draft) {
    if (retry.attempts().orElse(-1) == 0) {
      return; // retries disabled: what ALB does anyway
    }
    draft.drop(
        Reasons.UNSUPPORTED_VALUE,
        rulePath
            + ".retry: ALB never retries a request to a target; remove the field (or set attempts: 0) and retry in"
            + " the client; the load balancer-wide idle_timeout.timeout_seconds attribute is its only timing setting");
  }

  /**
   * Cookie persistence becomes group stickiness on the forward action (unless a
   * ListenerRuleConfiguration already turned stickiness on), declared as a deviation; header
   * persistence cannot be expressed.
   */
  private static void sessionPersistence(SessionPersistence persistence, String rulePath, RuleDraft draft) {
    String path = rulePath + ".sessionPersistence";
    if (persistence.type() == SessionPersistenceType.HEADER) {
      draft.drop(
          Reasons.UNSUPPORTED_VALUE,
          path + ".type: Header is not supported: ALB keeps sessions only with its own cookies; use type Cookie");
      return;
    }
    if (draft.forwardStickiness().map(TargetGroupStickinessConfig::enabled).orElse(false)) {
      draft.deviation(
          path,
          DeviationCode.OTHER,
          "sessionPersistence is ignored: the rule's ListenerRuleConfiguration sets the forward stickiness");
      return;
    }
    Optional<String> timeoutField =
        persistence.absoluteTimeout().isPresent()
            ? Optional.of("absoluteTimeout")
            : persistence.idleTimeout().isPresent() ? Optional.of("idleTimeout") : Optional.empty();
    Optional<Duration> timeout =
        persistence.absoluteTimeout().or(persistence::idleTimeout).flatMap(HTTPRouteTimeouts::parseDuration);
    long seconds = timeout.map(Duration::toSeconds).orElse((long) DEFAULT_STICKINESS_SECONDS);
    int duration = (int) Math.max(1, Math.min(MAX_STICKINESS_SECONDS, seconds));
    draft.forwardStickiness(TargetGroupStickinessConfig.builder().enabled(true).durationSeconds(duration).build());
    StringBuilder message =
        new StringBuilder("ALB keeps a client on one target group with its own cookie AWSALBTG");
    persistence.sessionName().ifPresent(name -> message.append(" (not \"").append(name).append("\")"));
    message.append(" for ").append(duration).append(" seconds");
    if (timeoutField.isEmpty()) {
      message.append(" (no timeout given; default ").append(DEFAULT_STICKINESS_SECONDS).append(")");
    } else if (timeout.isEmpty()) {
      message.append(" (").append(timeoutField.get()).append(" is not a valid duration; default used)");
    } else if (seconds != duration) {
      message.append(" (").append(timeoutField.get()).append(" clamped to ALB's range 1-604800)");
    } else if (timeoutField.get().equals("idleTimeout")) {
      message.append(" from the first request, not from the last (ALB has no idle timeout for stickiness)");
    }
    if (persistence.cookieConfig().map(c -> c.lifetimeType() == CookieLifetimeType.SESSION).orElse(true)) {
      message.append("; the cookie outlives the browser session");
    }
    message.append(
        "; within a target group a client stays on one target only when the target group's stickiness attributes"
            + " are on (TargetGroupConfiguration)");
    draft.deviation(path, DeviationCode.OTHER, message.toString());
  }
}
