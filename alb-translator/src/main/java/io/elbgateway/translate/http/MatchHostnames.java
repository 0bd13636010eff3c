/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.translate.DeviationCode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The hostnames a match is served on as one ALB {@code host-header} condition: its values are
 * ORed, so all hostnames go into one condition (fewer rules than AWS LBC's one rule per hostname);
 * {@link ConditionBudget} cuts it into several rules only when a quota asks for it. No hostnames:
 * no condition (any host).
 *
 * <p>Wildcards: ALB's {@code *} matches zero or more characters, dots included, and {@code
 * *.example.com} does not match {@code example.com} ({@code alb-elbv2.md} §1.2). Since a hostname
 * has no empty label, {@code *.example.com} matches exactly the hosts that end in {@code
 * .example.com} with at least one label before it: the spec's suffix match ({@code gateway-api.md}
 * §3.3). Both compare case-insensitively.
 *
 * <p>Ports: the spec ignores a port in the Host header; ALB host-header {@code Values} may not match
 * a Host header that carries a non-standard port (provider docs, {@code alb-elbv2.md} §1.4). A
 * {@code RegexValues} form {@code ^(host)(:\d+)?$} would handle the port, but AWS documents neither
 * the regex dialect nor whether host regexes compare case-insensitively, so it would trade a
 * documented behaviour for an undocumented one. The documented {@code Values} are used and {@link
 * DeviationCode#HOST_WITH_PORT} is declared once per match that has hostnames.
 */
final class MatchHostnames {

  private MatchHostnames() {}

  /** Adds the host-header condition of {@code hostnames} to {@code out}, or fails. */
  static void encode(List<String> hostnames, MatchEncoding out) {
    List<String> values = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String hostname : hostnames) {
      if (!seen.add(hostname.toLowerCase(Locale.ROOT))) {
        continue;
      }
      String why = refusal(hostname);
      if (!why.isEmpty()) {
        out.fail("", "hostname \"" + ConditionBudget.abbreviate(hostname) + "\" " + why);
        return;
      }
      values.add(hostname);
    }
    if (values.isEmpty()) {
      return;
    }
    out.add(RuleCondition.hostHeader(values));
    out.deviation(
        "",
        DeviationCode.HOST_WITH_PORT,
        "ALB host-header values may not match a Host header that carries a port (such as example.com:8080);"
            + " the spec ignores the port");
  }

  /**
   * Why ALB's host-header {@code Values} cannot take {@code hostname}, or empty: the characters
   * {@code A-Z a-z 0-9 - .} with an optional leading {@code *.}, at least one dot, only letters
   * after the last dot ({@code alb-elbv2.md} §1.2).
   */
  static String refusal(String hostname) {
    String rest = hostname.startsWith("*.") ? hostname.substring(2) : hostname;
    if (rest.isEmpty()) {
      return "is empty";
    }
    for (int i = 0; i < rest.length(); i++) {
      char ch = rest.charAt(i);
      boolean ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '.';
      if (!ok) {
        return "has a character ALB host-header conditions do not accept (letters, digits, '-', '.' and a leading '*.')";
      }
    }
    int dot = rest.lastIndexOf('.');
    if (dot < 0) {
      return "has no dot; ALB host-header conditions need a domain with a top-level label";
    }
    String top = rest.substring(dot + 1);
    if (top.isEmpty() || !top.chars().allMatch(Character::isLetter)) {
      return "ends in a label that is not all letters, which ALB host-header conditions do not accept";
    }
    if (rest.startsWith(".") || rest.contains("..")) {
      return "has an empty label";
    }
    return "";
  }
}
