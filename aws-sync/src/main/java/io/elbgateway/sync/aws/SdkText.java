/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RedirectActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RewriteConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleTransform;

/**
 * Short, stable text for conditions, actions and transforms, as a plan shows them to the person who
 * reviews it: {@code path-pattern=/api|/api/*}, {@code forward(k8s-web-api-1a2b:1)}, {@code
 * fixed-response 403 text/plain}. Target groups show as {@code label} says (a name or logical key,
 * never a bare ARN when a better name is known). Secrets never appear: an OIDC action shows its
 * issuer only.
 */
public final class SdkText {

  private SdkText() {}

  /** The conditions, joined by {@code " & "}. */
  public static String conditions(List<RuleCondition> conditions) {
    return conditions.stream().map(SdkText::condition).collect(Collectors.joining(" & "));
  }

  /** One condition. */
  public static String condition(RuleCondition c) {
    String field = c.field();
    if (c.hostHeaderConfig() != null) {
      return values(field, c.hostHeaderConfig().values(), c.hostHeaderConfig().regexValues());
    }
    if (c.pathPatternConfig() != null) {
      return values(field, c.pathPatternConfig().values(), c.pathPatternConfig().regexValues());
    }
    if (c.httpHeaderConfig() != null) {
      return values(
          field + " " + c.httpHeaderConfig().httpHeaderName(),
          c.httpHeaderConfig().values(),
          c.httpHeaderConfig().regexValues());
    }
    if (c.queryStringConfig() != null) {
      return field
          + "="
          + c.queryStringConfig().values().stream()
              .map(kv -> (kv.key() == null ? "" : kv.key() + ":") + kv.value())
              .collect(Collectors.joining("|"));
    }
    if (c.httpRequestMethodConfig() != null) {
      return field + "=" + String.join("|", c.httpRequestMethodConfig().values());
    }
    if (c.sourceIpConfig() != null) {
      return field
          + "="
          + (c.sourceIpConfig().ipAddressType() != null
              ? c.sourceIpConfig().ipAddressTypeAsString()
              : String.join("|", c.sourceIpConfig().values()));
    }
    return field + "=" + String.join("|", c.values());
  }

  private static String values(String field, List<String> values, List<String> regexValues) {
    List<String> parts = new ArrayList<>();
    if (!values.isEmpty()) {
      parts.add(field + "=" + String.join("|", values));
    }
    if (!regexValues.isEmpty()) {
      parts.add(field + "~" + String.join("|", regexValues));
    }
    return String.join(" ", parts);
  }

  /** The actions in order, joined by {@code " then "}. */
  public static String actions(List<Action> actions, Function<String, String> label) {
    return actions.stream().map(a -> action(a, label)).collect(Collectors.joining(" then "));
  }

  /** One action. */
  public static String action(Action a, Function<String, String> label) {
    String type = a.typeAsString();
    if (a.forwardConfig() != null && a.forwardConfig().hasTargetGroups()) {
      String groups =
          a.forwardConfig().targetGroups().stream()
              .map(t -> label.apply(t.targetGroupArn()) + ":" + (t.weight() == null ? 1 : t.weight()))
              .collect(Collectors.joining(", "));
      var sticky = a.forwardConfig().targetGroupStickinessConfig();
      String stickiness =
          sticky != null && Boolean.TRUE.equals(sticky.enabled())
              ? ", sticky " + sticky.durationSeconds() + "s"
              : "";
      return type + "(" + groups + stickiness + ")";
    }
    if (a.targetGroupArn() != null) {
      return type + "(" + label.apply(a.targetGroupArn()) + ")";
    }
    if (a.fixedResponseConfig() != null) {
      var f = a.fixedResponseConfig();
      return type
          + " "
          + f.statusCode()
          + (f.contentType() == null ? "" : " " + f.contentType())
          + (f.messageBody() == null || f.messageBody().isEmpty() ? "" : " \"" + f.messageBody() + "\"");
    }
    if (a.redirectConfig() != null) {
      RedirectActionConfig r = a.redirectConfig();
      return type
          + " "
          + r.statusCodeAsString()
          + " "
          + nz(r.protocol(), "#{protocol}").toLowerCase(java.util.Locale.ROOT)
          + "://"
          + nz(r.host(), "#{host}")
          + ":"
          + nz(r.port(), "#{port}")
          + nz(r.path(), "/#{path}")
          + "?"
          + nz(r.query(), "#{query}");
    }
    if (a.authenticateOidcConfig() != null) {
      return type + " issuer=" + a.authenticateOidcConfig().issuer();
    }
    if (a.authenticateCognitoConfig() != null) {
      return type + " pool=" + a.authenticateCognitoConfig().userPoolArn();
    }
    if (a.jwtValidationConfig() != null) {
      return type + " issuer=" + a.jwtValidationConfig().issuer();
    }
    return type;
  }

  /** The transforms, joined by {@code ", "}. */
  public static String transforms(List<RuleTransform> transforms) {
    return transforms.stream()
        .map(
            t -> {
              List<RewriteConfig> rewrites =
                  t.hostHeaderRewriteConfig() != null
                      ? t.hostHeaderRewriteConfig().rewrites()
                      : t.urlRewriteConfig() != null ? t.urlRewriteConfig().rewrites() : List.of();
              return t.typeAsString()
                  + " "
                  + rewrites.stream()
                      .map(r -> r.regex() + " -> " + r.replace())
                      .collect(Collectors.joining(", "));
            })
        .collect(Collectors.joining(", "));
  }

  private static String nz(String value, String fallback) {
    return value == null ? fallback : value;
  }
}
