/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AuthenticateCognitoActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AuthenticateOidcActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ForwardActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RedirectActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupStickinessConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupTuple;

/**
 * The shape rules of listener and rule actions (alb-elbv2.md §2), and the form AWS returns them in:
 * every action with its {@code Order}; a forward with both {@code TargetGroupArn} (one target group)
 * and {@code ForwardConfig} (weights, default 1, and group stickiness, default off); redirects with
 * the unspecified parts as {@code #{...}} keywords; authenticate actions with their defaults and
 * without the client secret.
 */
final class ElbActions {

  private static final Set<String> ROUTING = Set.of("forward", "redirect", "fixed-response");
  private static final Set<String> AUTHENTICATE =
      Set.of("authenticate-oidc", "authenticate-cognito", "jwt-validation");
  private static final Pattern FIXED_STATUS = Pattern.compile("^(2|4|5)\\d\\d$");

  private ElbActions() {}

  /**
   * Checks {@code actions} for a listener of {@code protocol} and returns them as AWS stores them.
   *
   * @throws software.amazon.awssdk.awscore.exception.AwsServiceException as AWS would
   */
  static List<Action> checked(List<Action> actions, String protocol, ElbQuotas quotas) {
    ServiceErrors errors = ServiceErrors.ELBV2;
    if (actions.isEmpty()) {
      throw errors.error("ValidationError", "At least one action must be specified");
    }
    List<Action> ordered = new ArrayList<>();
    Set<Integer> orders = new HashSet<>();
    for (int i = 0; i < actions.size(); i++) {
      Action a = actions.get(i);
      int order = a.order() == null ? i + 1 : a.order();
      if (order < 1 || order > 50000) {
        throw errors.error("ValidationError", "Action order must be between 1 and 50000");
      }
      if (!orders.add(order)) {
        throw errors.error("InvalidLoadBalancerAction", "Action orders must be unique");
      }
      ordered.add(normalized(a.toBuilder().order(order).build(), protocol, quotas));
    }
    ordered.sort(Comparator.comparing(Action::order));
    long routing = ordered.stream().filter(a -> ROUTING.contains(a.typeAsString())).count();
    Action last = ordered.get(ordered.size() - 1);
    if (routing != 1 || !ROUTING.contains(last.typeAsString())) {
      throw errors.error(
          "InvalidLoadBalancerAction",
          "Exactly one forward, redirect or fixed-response action is required, and it must be the last action");
    }
    if (ordered.size() > 2) {
      throw errors.error("TooManyActions", "A rule can have at most one authenticate action before its routing action");
    }
    return List.copyOf(ordered);
  }

  /** The target group ARNs that {@code actions} (as stored) forward to. */
  static Set<String> targetGroupsOf(List<Action> actions) {
    Set<String> arns = new LinkedHashSet<>();
    for (Action a : actions) {
      if (a.forwardConfig() != null) {
        a.forwardConfig().targetGroups().forEach(t -> arns.add(t.targetGroupArn()));
      } else if (a.targetGroupArn() != null) {
        arns.add(a.targetGroupArn());
      }
    }
    return arns;
  }

  private static Action normalized(Action a, String protocol, ElbQuotas quotas) {
    ServiceErrors errors = ServiceErrors.ELBV2;
    String type = a.typeAsString() == null ? "" : a.typeAsString();
    boolean alb = "HTTP".equals(protocol) || "HTTPS".equals(protocol);
    if (!alb && !"forward".equals(type)) {
      throw errors.error(
          "InvalidLoadBalancerAction", "Only forward actions are supported on " + protocol + " listeners");
    }
    if (AUTHENTICATE.contains(type) && !"HTTPS".equals(protocol)) {
      throw errors.error(
          "InvalidLoadBalancerAction", "Authenticate actions are supported only on HTTPS listeners");
    }
    switch (type) {
      case "forward":
        return forward(a, alb, quotas);
      case "redirect":
        return redirect(a, protocol);
      case "fixed-response":
        if (a.fixedResponseConfig() == null
            || a.fixedResponseConfig().statusCode() == null
            || !FIXED_STATUS.matcher(a.fixedResponseConfig().statusCode()).matches()) {
          throw errors.error(
              "ValidationError", "A fixed-response action needs a status code 2XX, 4XX or 5XX");
        }
        return only(a).fixedResponseConfig(a.fixedResponseConfig()).build();
      case "authenticate-oidc":
        return oidc(a);
      case "authenticate-cognito":
        return cognito(a);
      case "jwt-validation":
        if (a.jwtValidationConfig() == null) {
          throw errors.error("ValidationError", "A jwt-validation action needs JwtValidationConfig");
        }
        return only(a).jwtValidationConfig(a.jwtValidationConfig()).build();
      default:
        throw errors.error("ValidationError", "Unknown action type '" + type + "'");
    }
  }

  /** A builder of {@code a} with its type and order only. */
  private static Action.Builder only(Action a) {
    return Action.builder().type(a.typeAsString()).order(a.order());
  }

  private static Action forward(Action a, boolean alb, ElbQuotas quotas) {
    ServiceErrors errors = ServiceErrors.ELBV2;
    List<TargetGroupTuple> tuples = new ArrayList<>();
    if (a.forwardConfig() != null && a.forwardConfig().hasTargetGroups()) {
      for (TargetGroupTuple t : a.forwardConfig().targetGroups()) {
        int weight = t.weight() == null ? 1 : t.weight();
        if (weight < 0 || weight > 999) {
          throw errors.error("ValidationError", "Target group weight must be between 0 and 999");
        }
        tuples.add(TargetGroupTuple.builder().targetGroupArn(t.targetGroupArn()).weight(weight).build());
      }
      // Both forms given: ForwardConfig may hold only that same target group (§2.2).
      if (a.targetGroupArn() != null
          && (tuples.size() != 1 || !a.targetGroupArn().equals(tuples.get(0).targetGroupArn()))) {
        throw errors.error(
            "InvalidLoadBalancerAction",
            "TargetGroupArn and ForwardConfig must name the same single target group");
      }
    } else if (a.targetGroupArn() != null) {
      tuples.add(TargetGroupTuple.builder().targetGroupArn(a.targetGroupArn()).weight(1).build());
    }
    if (tuples.isEmpty()) {
      throw errors.error("ValidationError", "A forward action needs a target group");
    }
    if (tuples.stream().map(TargetGroupTuple::targetGroupArn).distinct().count() != tuples.size()) {
      throw errors.error("InvalidLoadBalancerAction", "A target group can appear once in a forward action");
    }
    if (tuples.size() > quotas.targetGroupsPerAction()) {
      throw errors.error(
          "TooManyTargetGroups",
          "You can specify at most " + quotas.targetGroupsPerAction() + " target groups in a forward action");
    }
    if (!alb && tuples.size() > 1) {
      throw errors.error(
          "InvalidLoadBalancerAction", "A Network Load Balancer forward action takes a single target group");
    }
    TargetGroupStickinessConfig stickiness =
        a.forwardConfig() != null && a.forwardConfig().targetGroupStickinessConfig() != null
            ? a.forwardConfig().targetGroupStickinessConfig()
            : TargetGroupStickinessConfig.builder().enabled(false).build();
    if (Boolean.TRUE.equals(stickiness.enabled()) && stickiness.durationSeconds() == null) {
      throw errors.error("ValidationError", "Target group stickiness needs a duration when enabled");
    }
    Action.Builder out =
        only(a)
            .forwardConfig(
                ForwardActionConfig.builder()
                    .targetGroups(tuples)
                    .targetGroupStickinessConfig(stickiness)
                    .build());
    if (tuples.size() == 1) {
      out.targetGroupArn(tuples.get(0).targetGroupArn());
    }
    return out.build();
  }

  private static Action redirect(Action a, String listenerProtocol) {
    ServiceErrors errors = ServiceErrors.ELBV2;
    RedirectActionConfig in = a.redirectConfig();
    if (in == null || in.statusCode() == null) {
      throw errors.error("ValidationError", "A redirect action needs a status code");
    }
    RedirectActionConfig out =
        RedirectActionConfig.builder()
            .protocol(or(in.protocol(), "#{protocol}"))
            .port(or(in.port(), "#{port}"))
            .host(or(in.host(), "#{host}"))
            .path(or(in.path(), "/#{path}"))
            .query(or(in.query(), "#{query}"))
            .statusCode(in.statusCodeAsString())
            .build();
    boolean loop =
        out.protocol().equals("#{protocol}")
            && out.port().equals("#{port}")
            && out.host().equals("#{host}")
            && out.path().equals("/#{path}");
    if (loop) {
      throw errors.error(
          "InvalidLoadBalancerAction", "The redirect configuration is not valid because it creates a loop.");
    }
    if ("HTTPS".equals(listenerProtocol) && "HTTP".equals(out.protocol())) {
      throw errors.error(
          "InvalidLoadBalancerAction", "Redirects from HTTPS to HTTP are not allowed");
    }
    return only(a).redirectConfig(out).build();
  }

  private static Action oidc(Action a) {
    ServiceErrors errors = ServiceErrors.ELBV2;
    AuthenticateOidcActionConfig in = a.authenticateOidcConfig();
    if (in == null
        || in.issuer() == null
        || in.authorizationEndpoint() == null
        || in.tokenEndpoint() == null
        || in.userInfoEndpoint() == null
        || in.clientId() == null) {
      throw errors.error(
          "ValidationError",
          "An authenticate-oidc action needs Issuer, AuthorizationEndpoint, TokenEndpoint, UserInfoEndpoint and ClientId");
    }
    if (in.clientSecret() == null && !Boolean.TRUE.equals(in.useExistingClientSecret())) {
      throw errors.error("InvalidLoadBalancerAction", "An authenticate-oidc action needs a ClientSecret");
    }
    // AWS never returns the client secret.
    AuthenticateOidcActionConfig out =
        in.toBuilder()
            .clientSecret(null)
            .useExistingClientSecret(null)
            .scope(or(in.scope(), "openid"))
            .sessionCookieName(or(in.sessionCookieName(), "AWSELBAuthSessionCookie"))
            .sessionTimeout(in.sessionTimeout() == null ? 604800L : in.sessionTimeout())
            .onUnauthenticatedRequest(or(in.onUnauthenticatedRequestAsString(), "authenticate"))
            .build();
    return only(a).authenticateOidcConfig(out).build();
  }

  private static Action cognito(Action a) {
    AuthenticateCognitoActionConfig in = a.authenticateCognitoConfig();
    if (in == null
        || in.userPoolArn() == null
        || in.userPoolClientId() == null
        || in.userPoolDomain() == null) {
      throw ServiceErrors.ELBV2.error(
          "ValidationError",
          "An authenticate-cognito action needs UserPoolArn, UserPoolClientId and UserPoolDomain");
    }
    AuthenticateCognitoActionConfig out =
        in.toBuilder()
            .scope(or(in.scope(), "openid"))
            .sessionCookieName(or(in.sessionCookieName(), "AWSELBAuthSessionCookie"))
            .sessionTimeout(in.sessionTimeout() == null ? 604800L : in.sessionTimeout())
            .onUnauthenticatedRequest(or(in.onUnauthenticatedRequestAsString(), "authenticate"))
            .build();
    return only(a).authenticateCognitoConfig(out).build();
  }

  private static String or(String value, String fallback) {
    return value == null ? fallback : value;
  }
}
