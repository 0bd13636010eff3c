/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.aws;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AuthenticateCognitoActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AuthenticateOidcActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.FixedResponseActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ForwardActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.HostHeaderConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.PathPatternConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RedirectActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleTransform;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupStickinessConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupTuple;

/**
 * Brings what the engine would send and what {@code Describe*} returns to one form, so that equal
 * settings compare equal. AWS fills in what a request left out: the action {@code Order}, a forward
 * action's single {@code TargetGroupArn} next to its {@code ForwardConfig}, weight 1, group
 * stickiness off, the redirect keywords {@code #{protocol}}, {@code #{port}}, {@code #{host}},
 * {@code /#{path}} and {@code #{query}}, and the OIDC and Cognito defaults; it repeats host and path
 * values in the legacy top-level {@code Values}; and it never returns a client secret. Conditions
 * and transforms are compared as sets, since their order does not matter to ELBv2.
 *
 * <p>The OIDC client ID and secret are left out of the comparison: they live in a Secret the plan
 * never reads, so a changed Secret alone does not show as a change (see the issue note).
 */
public final class SdkNormalizer {

  private SdkNormalizer() {}

  /** The conditions in their normal form, sorted. */
  public static List<RuleCondition> conditions(List<RuleCondition> conditions) {
    return conditions.stream()
        .map(SdkNormalizer::condition)
        .sorted(Comparator.comparing(RuleCondition::toString))
        .collect(Collectors.toList());
  }

  private static RuleCondition condition(RuleCondition c) {
    RuleCondition.Builder b = c.toBuilder().values((List<String>) null).regexValues((List<String>) null);
    boolean legacy = c.hasValues() && !c.values().isEmpty();
    if ("host-header".equals(c.field()) && c.hostHeaderConfig() == null && legacy) {
      b.hostHeaderConfig(HostHeaderConditionConfig.builder().values(c.values()).build());
    } else if ("path-pattern".equals(c.field()) && c.pathPatternConfig() == null && legacy) {
      b.pathPatternConfig(PathPatternConditionConfig.builder().values(c.values()).build());
    } else if (legacy && c.hostHeaderConfig() == null && c.pathPatternConfig() == null) {
      b.values(c.values());
    }
    return b.build();
  }

  /** The transforms in their normal form, sorted by type. */
  public static List<RuleTransform> transforms(List<RuleTransform> transforms) {
    return transforms.stream()
        .sorted(Comparator.comparing(RuleTransform::typeAsString))
        .collect(Collectors.toList());
  }

  /** The actions in their normal form, in order. */
  public static List<Action> actions(List<Action> actions) {
    List<Action> out = new ArrayList<>();
    for (int i = 0; i < actions.size(); i++) {
      out.add(action(actions.get(i), i + 1));
    }
    out.sort(Comparator.comparing(Action::order));
    return out;
  }

  private static Action action(Action a, int position) {
    Action.Builder b = a.toBuilder().order(a.order() == null ? position : a.order());
    if ("forward".equals(a.typeAsString())) {
      ForwardActionConfig forward = a.forwardConfig();
      List<TargetGroupTuple> groups =
          forward != null && forward.hasTargetGroups()
              ? forward.targetGroups()
              : List.of(TargetGroupTuple.builder().targetGroupArn(a.targetGroupArn()).build());
      TargetGroupStickinessConfig stickiness =
          forward == null || forward.targetGroupStickinessConfig() == null
                  || !Boolean.TRUE.equals(forward.targetGroupStickinessConfig().enabled())
              ? TargetGroupStickinessConfig.builder().enabled(false).build()
              : forward.targetGroupStickinessConfig();
      b.targetGroupArn(null)
          .forwardConfig(
              ForwardActionConfig.builder()
                  .targetGroups(
                      groups.stream()
                          .map(t -> t.toBuilder().weight(t.weight() == null ? 1 : t.weight()).build())
                          .sorted(Comparator.comparing(t -> String.valueOf(t.targetGroupArn())))
                          .collect(Collectors.toList()))
                  .targetGroupStickinessConfig(stickiness)
                  .build());
    }
    if (a.redirectConfig() != null) {
      RedirectActionConfig r = a.redirectConfig();
      b.redirectConfig(
          r.toBuilder()
              .protocol(or(r.protocol(), "#{protocol}"))
              .port(or(r.port(), "#{port}"))
              .host(or(r.host(), "#{host}"))
              .path(or(r.path(), "/#{path}"))
              .query(or(r.query(), "#{query}"))
              .build());
    }
    if (a.fixedResponseConfig() != null) {
      FixedResponseActionConfig f = a.fixedResponseConfig();
      b.fixedResponseConfig(f.toBuilder().messageBody(blankToNull(f.messageBody())).contentType(blankToNull(f.contentType())).build());
    }
    if (a.authenticateOidcConfig() != null) {
      AuthenticateOidcActionConfig o = a.authenticateOidcConfig();
      b.authenticateOidcConfig(
          o.toBuilder()
              .clientId(null)
              .clientSecret(null)
              .useExistingClientSecret(null)
              .sessionCookieName(or(o.sessionCookieName(), "AWSELBAuthSessionCookie"))
              .scope(or(o.scope(), "openid"))
              .sessionTimeout(o.sessionTimeout() == null ? 604800L : o.sessionTimeout())
              .onUnauthenticatedRequest(or(o.onUnauthenticatedRequestAsString(), "authenticate"))
              .authenticationRequestExtraParams(sorted(o.authenticationRequestExtraParams()))
              .build());
    }
    if (a.authenticateCognitoConfig() != null) {
      AuthenticateCognitoActionConfig c = a.authenticateCognitoConfig();
      b.authenticateCognitoConfig(
          c.toBuilder()
              .sessionCookieName(or(c.sessionCookieName(), "AWSELBAuthSessionCookie"))
              .scope(or(c.scope(), "openid"))
              .sessionTimeout(c.sessionTimeout() == null ? 604800L : c.sessionTimeout())
              .onUnauthenticatedRequest(or(c.onUnauthenticatedRequestAsString(), "authenticate"))
              .authenticationRequestExtraParams(sorted(c.authenticationRequestExtraParams()))
              .build());
    }
    return b.build();
  }

  private static Map<String, String> sorted(Map<String, String> map) {
    return map == null || map.isEmpty() ? null : new TreeMap<>(map);
  }

  private static String or(String value, String fallback) {
    return value == null || value.isEmpty() ? fallback : value;
  }

  private static String blankToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }
}
