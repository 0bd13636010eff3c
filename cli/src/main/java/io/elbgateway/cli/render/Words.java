/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli.render;

import io.elbgateway.model.elb.Action;
import io.elbgateway.model.elb.FixedResponseActionConfig;
import io.elbgateway.model.elb.RedirectActionConfig;
import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.elb.TargetGroupTuple;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Rule conditions and actions in words, as the AWS console shows them ("IF path is /x THEN ..."). */
final class Words {

  private Words() {}

  /** One line per condition: {@code IF host is a}, {@code AND path matches /b/*}. */
  static List<String> conditions(List<RuleCondition> conditions) {
    List<String> lines = new ArrayList<>();
    for (RuleCondition condition : conditions) {
      lines.add((lines.isEmpty() ? "IF " : "AND ") + condition(condition));
    }
    return lines;
  }

  static String condition(RuleCondition c) {
    switch (c.field()) {
      case HOST_HEADER:
        return values("host", c.hostHeaderConfig().get().values(), c.hostHeaderConfig().get().regexValues());
      case PATH_PATTERN:
        return values("path", c.pathPatternConfig().get().values(), c.pathPatternConfig().get().regexValues());
      case HTTP_HEADER:
        return values("header " + c.httpHeaderConfig().get().httpHeaderName(), c.httpHeaderConfig().get().values(),
            c.httpHeaderConfig().get().regexValues());
      case QUERY_STRING:
        return "query has " + c.queryStringConfig().get().values().stream()
            .map(p -> p.key().map(k -> k + "=").orElse("") + p.value())
            .collect(Collectors.joining(" or "));
      case HTTP_REQUEST_METHOD:
        return "method is " + String.join(" or ", c.httpRequestMethodConfig().get().values());
      case SOURCE_IP:
        return "source IP in " + String.join(" or ", c.sourceIpConfig().get().values());
      default:
        return c.field().toString();
    }
  }

  private static String values(String subject, List<String> values, List<String> regexValues) {
    if (!regexValues.isEmpty()) {
      return subject + " matches regex " + String.join(" or ", regexValues);
    }
    boolean wildcard = values.stream().anyMatch(v -> v.contains("*") || v.contains("?"));
    return subject + (wildcard ? " matches " : " is ") + String.join(" or ", values);
  }

  /** One line per action: {@code THEN forward to web}, authentication first. */
  static List<String> actions(List<Action> actions, Function<TargetGroupTuple, String> targetGroupName) {
    List<String> lines = new ArrayList<>();
    for (Action action : actions) {
      lines.add((action.routing() ? "THEN " : "FIRST ") + action(action, targetGroupName));
    }
    return lines;
  }

  static String action(Action action, Function<TargetGroupTuple, String> targetGroupName) {
    switch (action.type()) {
      case FORWARD:
        List<TargetGroupTuple> groups = action.forwardConfig().get().targetGroups();
        return groups.size() == 1
            ? "forward to " + targetGroupName.apply(groups.get(0))
            : "forward to " + groups.size() + " target groups by weight";
      case FIXED_RESPONSE:
        FixedResponseActionConfig fixed = action.fixedResponseConfig().get();
        return "return " + fixed.statusCode() + fixed.contentType().map(t -> " " + t).orElse("")
            + fixed.messageBody().map(b -> " \"" + shorten(b, 28) + "\"").orElse("");
      case REDIRECT:
        RedirectActionConfig redirect = action.redirectConfig().get();
        return "redirect " + redirect.statusCode().toString().replace("HTTP_", "") + " to "
            + redirect.protocol().orElse("#{protocol}").toLowerCase(java.util.Locale.ROOT) + "://"
            + redirect.host().orElse("#{host}") + ":" + redirect.port().orElse("#{port}")
            + redirect.path().orElse("/#{path}") + "?" + redirect.query().orElse("#{query}");
      case AUTHENTICATE_OIDC:
        return "authenticate with OIDC at " + action.authenticateOidcConfig().get().issuer();
      case AUTHENTICATE_COGNITO:
        return "authenticate with Amazon Cognito";
      case JWT_VALIDATION:
        return "validate the JWT";
      default:
        return action.type().toString();
    }
  }

  /** {@code text} cut to {@code max} characters, with an ellipsis when cut. */
  static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
  }

  /** {@code text} broken into lines of at most {@code width} characters, at spaces where it can. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split("\\s+")) {
      while (word.length() > width) {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        lines.add(word.substring(0, width));
        word = word.substring(width);
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
