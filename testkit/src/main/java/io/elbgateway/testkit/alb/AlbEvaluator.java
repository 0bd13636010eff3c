/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.alb;

import io.elbgateway.model.elb.Action;
import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.elb.FixedResponseActionConfig;
import io.elbgateway.model.elb.ForwardActionConfig;
import io.elbgateway.model.elb.Listener;
import io.elbgateway.model.elb.ListenerRule;
import io.elbgateway.model.elb.RedirectStatusCode;
import io.elbgateway.model.elb.RuleTransform;
import io.elbgateway.model.elb.TargetGroupTuple;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Evaluates one request against the desired state of one Application Load Balancer, the way the
 * ALB would: picks the listener by port, the first matching rule by ascending priority (the
 * listener's default actions when none matches), runs the rule's transforms and reports what the
 * routing action does.
 *
 * <p>Pure and deterministic; it never throws on a request or stack it can read. Configurations AWS
 * would reject (a rule without routing action, a transform regex that does not compile) produce a
 * {@link LoadBalancerError} that says so, never an exception.
 *
 * <pre>{@code
 * HttpRequest request = HttpRequest.builder().host("a.example.com").path("/api").build();
 * AlbOutcome outcome = AlbEvaluator.evaluate(stack, request);
 * }</pre>
 */
public final class AlbEvaluator {

  private AlbEvaluator() {}

  /** What the load balancer of {@code stack} does with {@code request}. */
  public static AlbOutcome evaluate(ElbStack stack, HttpRequest request) {
    // One listener per port per load balancer (alb-elbv2.md §5.1, DuplicateListener); no listener
    // on the port: nothing accepts the TCP connection.
    Optional<Listener> listener =
        stack.listeners().stream().filter(l -> l.port() == request.listenerPort()).findFirst();
    if (listener.isEmpty()) {
      return ImmutableConnectionRefused.of(request.listenerPort());
    }
    String listenerKey = listener.get().key();
    // Rules are evaluated lowest priority number first; the default rule last (§1.1). The
    // conditions of a rule are ANDed (§1.2 "separate conditions are ANDed"); a rule without
    // conditions matches every request.
    Optional<ListenerRule> rule =
        stack.rulesOf(listenerKey).stream()
            .sorted(Comparator.comparingInt(ListenerRule::priority))
            .filter(r -> allMatch(r, request))
            .findFirst();
    List<Action> actions = rule.map(ListenerRule::actions).orElse(listener.get().defaultActions());
    // The default rule has no transforms (§1.1, §1.5).
    List<RuleTransform> transforms = rule.map(ListenerRule::transforms).orElse(List.of());
    ImmutableHandled.Builder handled =
        Handled.builder()
            .listenerKey(listenerKey)
            .ruleKey(rule.map(ListenerRule::key))
            .priority(rule.map(ListenerRule::priority));

    List<Action> ordered = inOrder(actions);
    Optional<Action> routing = ordered.stream().filter(Action::routing).findFirst();
    // Pre-routing actions: authenticate-oidc / authenticate-cognito / jwt-validation, which AWS
    // allows (one of them, HTTPS listeners only) before the routing action (§2.1).
    handled.authenticate(
        ordered.stream()
            .takeWhile(a -> !a.routing())
            .map(Action::type)
            .collect(Collectors.toList()));
    if (routing.isEmpty()) {
      // AWS rejects such a rule (§2.1: "exactly one routing action ... performed last").
      return handled
          .result(LoadBalancerError.of(500, "no forward, redirect or fixed-response action"))
          .request(request)
          .build();
    }

    HttpRequest transformed;
    try {
      transformed = RequestTransformer.apply(transforms, request);
    } catch (RequestTransformer.TransformFailure e) {
      // §1.5: "pattern matched but transform fails -> HTTP 500".
      return handled
          .result(LoadBalancerError.of(500, "transform failed: " + e.getMessage() + " (§1.5)"))
          .request(request)
          .build();
    }
    return handled.result(result(routing.get(), transformed)).request(transformed).build();
  }

  private static boolean allMatch(ListenerRule rule, HttpRequest request) {
    return rule.conditions().stream().allMatch(c -> ConditionMatcher.matches(c, request));
  }

  /**
   * The actions in execution order: by {@code Order}, lowest first (§2.1); an action without
   * {@code Order} keeps its place after the ordered ones (AWS requires Order when a rule has
   * several actions, so this only matters for single actions).
   */
  private static List<Action> inOrder(List<Action> actions) {
    List<Action> copy = new ArrayList<>(actions);
    copy.sort(Comparator.comparingInt(a -> a.order().orElse(Integer.MAX_VALUE)));
    return copy;
  }

  /**
   * What the routing action does. AWS does not document whether a redirect builds its Location
   * from the request before or after the rule's transforms (§1.5 says transforms run "before the
   * request is sent to the target"); this model uses the transformed request.
   */
  private static AlbResult result(Action action, HttpRequest request) {
    switch (action.type()) {
      case FORWARD:
        return forward(action.forwardConfig().orElseThrow());
      case REDIRECT:
        var redirect = action.redirectConfig().orElseThrow();
        return Redirected.of(
            redirect.statusCode() == RedirectStatusCode.HTTP_301 ? 301 : 302,
            RedirectLocation.of(redirect, request));
      case FIXED_RESPONSE:
        return fixedResponse(action.fixedResponseConfig().orElseThrow());
      default:
        throw new IllegalStateException("not a routing action: " + action.type());
    }
  }

  /**
   * A forward's shares: weight / sum of weights; a 0-weight group gets no traffic (weights 0-999,
   * §2.2). Assumptions AWS does not document: a tuple without {@code Weight} counts as weight 1
   * (the single-target-group forward of §2.2 has no weight); a forward whose weights are all 0, or
   * that names no target group, gets no target and is modelled as an ALB-generated 503 (the
   * reference does not say whether the API rejects it; §2.2 says a share pointed at a group
   * without targets yields 503).
   */
  static AlbResult forward(ForwardActionConfig config) {
    List<TargetGroupTuple> tuples = config.targetGroups();
    int sum = tuples.stream().mapToInt(AlbEvaluator::weight).sum();
    if (sum <= 0) {
      return LoadBalancerError.of(
          503,
          "forward has no target group with a positive weight (undocumented by AWS; modelled as"
              + " 503, see alb-elbv2.md §2.2)");
    }
    ImmutableForwarded.Builder forwarded =
        Forwarded.builder().stickiness(config.targetGroupStickinessConfig());
    for (TargetGroupTuple tuple : tuples) {
      int weight = weight(tuple);
      forwarded.addTargetGroup(
          TargetGroupShare.of(TargetGroupShare.reference(tuple), weight, (double) Math.max(weight, 0) / sum));
    }
    return forwarded.build();
  }

  private static int weight(TargetGroupTuple tuple) {
    return Math.max(tuple.weight().orElse(1), 0);
  }

  /**
   * A fixed response (§2.4). The status code is a string matching {@code ^(2|4|5)\d\d$} in the
   * API; one that is not a number (AWS would reject it) answers 500.
   */
  private static AlbResult fixedResponse(FixedResponseActionConfig config) {
    int status;
    try {
      status = Integer.parseInt(config.statusCode());
    } catch (NumberFormatException e) {
      return LoadBalancerError.of(
          500, "fixed-response status " + config.statusCode() + " is not a number");
    }
    return FixedResponse.builder()
        .statusCode(status)
        .contentType(config.contentType())
        .messageBody(config.messageBody())
        .build();
  }
}
