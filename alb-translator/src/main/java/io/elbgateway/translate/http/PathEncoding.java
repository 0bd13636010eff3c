/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.gateway.HTTPPathMatch;
import io.elbgateway.model.gateway.HTTPPathMatchType;
import io.elbgateway.translate.AlbQuotas;
import io.elbgateway.translate.DeviationCode;
import java.util.List;
import java.util.Optional;

/**
 * An HTTPRoute path match as an ALB {@code path-pattern} condition, with the spec's semantics
 * ({@code gateway-api.md} §3.1).
 *
 * <ul>
 *   <li>{@code Exact /a} → {@code Values ["/a"]}.
 *   <li>{@code PathPrefix /} → {@code Values ["/*"]}; {@code PathPrefix /abc} (or {@code /abc/}) →
 *       {@code Values ["/abc", "/abc/*"]}: element-wise, it matches {@code /abc}, {@code /abc/} and
 *       {@code /abc/x}, never {@code /abcd}. The two values are ORed, so a quota may put them in two
 *       rules.
 *   <li>A path with a character ALB path patterns do not take literally or at all (ALB {@code
 *       Values} accept {@code A-Z a-z 0-9 _ - . $ / ~ " ' @ : +}; {@code *} and {@code ?} are
 *       wildcards there, though legal literal path characters in the Gateway API) → {@code
 *       RegexValues} with the text escaped: {@code ^/a\*b$}, and for a prefix {@code
 *       ^/a\*b(/.*)?$}.
 *   <li>{@code RegularExpression} → {@code RegexValues ["^(re)$"]}, after refusing what ALB
 *       refuses ({@link RegexSafety}).
 * </ul>
 */
final class PathEncoding {

  private static final String FIELD = ".path.value";

  private PathEncoding() {}

  /** Adds the path-pattern condition of {@code path} to {@code out}, or fails it. */
  static void http(HTTPPathMatch path, AlbQuotas quotas, MatchEncoding out) {
    String value = path.value();
    HTTPPathMatchType type = path.type();
    if (type == HTTPPathMatchType.REGULAR_EXPRESSION) {
      regex(value, FIELD, ".path", quotas, out);
      return;
    }
    if (!value.startsWith("/")) {
      out.fail(FIELD, "must start with \"/\"");
      return;
    }
    if (!visibleAscii(value)) {
      out.fail(FIELD, "contains a character outside visible ASCII, which ALB conditions cannot carry; percent-encode it");
      return;
    }
    if (type == HTTPPathMatchType.EXACT) {
      if (globSafe(value)) {
        values(List.of(value), quotas, out);
      } else {
        escaped("^" + RegexSafety.literal(value) + "$", quotas, out);
      }
      return;
    }
    String prefix = trimTrailingSlashes(value);
    if (prefix.isEmpty()) {
      out.add(RuleCondition.pathPattern(List.of("/*")));
    } else if (globSafe(prefix)) {
      values(List.of(prefix, prefix + "/*"), quotas, out);
    } else {
      escaped("^" + RegexSafety.literal(prefix) + "(/.*)?$", quotas, out);
    }
  }

  /**
   * Adds {@code RegexValues [^(regex)$]} for a Gateway API regular expression at {@code field}, or
   * fails it; declares {@link DeviationCode#REGEX_DIALECT} at {@code deviationPath}.
   */
  static void regex(String regex, String field, String deviationPath, AlbQuotas quotas, MatchEncoding out) {
    if (!visibleAscii(regex)) {
      out.fail(field, "contains a character outside visible ASCII, which ALB conditions cannot carry");
      return;
    }
    Optional<String> refusal = RegexSafety.refusal(regex);
    if (refusal.isPresent()) {
      out.fail(field, refusal.get());
      return;
    }
    String anchored = RegexSafety.anchored(regex);
    if (!fits(anchored, field, quotas, out)) {
      return;
    }
    out.add(RuleCondition.pathPatternRegex(List.of(anchored)));
    out.deviation(deviationPath, DeviationCode.REGEX_DIALECT, regexDialectMessage("path"));
  }

  /** Whether ALB's path-pattern {@code Values} take every character of {@code path} literally. */
  static boolean globSafe(String path) {
    for (int i = 0; i < path.length(); i++) {
      char ch = path.charAt(i);
      boolean ok =
          (ch >= 'a' && ch <= 'z')
              || (ch >= 'A' && ch <= 'Z')
              || (ch >= '0' && ch <= '9')
              || "_-.$/~\"'@:+".indexOf(ch) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** Whether every character is printable ASCII (space to tilde). */
  static boolean visibleAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch < 0x20 || ch > 0x7e) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code value} fits the condition value length quota; fails {@code field} if not. */
  static boolean fits(String value, String field, AlbQuotas quotas, MatchEncoding out) {
    if (value.length() > quotas.conditionValueLength()) {
      out.fail(
          field,
          "needs a condition value of "
              + value.length()
              + " characters (\""
              + ConditionBudget.abbreviate(value)
              + "\"); ALB allows "
              + quotas.conditionValueLength()
              + " (quota: condition value length)");
      return false;
    }
    return true;
  }

  static String regexDialectMessage(String what) {
    return "the "
        + what
        + " is matched by an ALB RegexValues pattern; AWS names neither the regex dialect nor whether it"
        + " compares case-sensitively";
  }

  private static void values(List<String> values, AlbQuotas quotas, MatchEncoding out) {
    for (String v : values) {
      if (!fits(v, FIELD, quotas, out)) {
        return;
      }
    }
    out.add(RuleCondition.pathPattern(values));
  }

  private static void escaped(String regex, AlbQuotas quotas, MatchEncoding out) {
    if (!fits(regex, FIELD, quotas, out)) {
      return;
    }
    out.add(RuleCondition.pathPatternRegex(List.of(regex)));
    out.deviation(
        ".path",
        DeviationCode.REGEX_DIALECT,
        "the path has characters ALB path patterns treat as wildcards or do not accept, so it is matched"
            + " literally by an escaped RegexValues pattern; AWS does not document whether ALB regexes compare"
            + " case-sensitively");
  }

  private static String trimTrailingSlashes(String value) {
    int end = value.length();
    while (end > 0 && value.charAt(end - 1) == '/') {
      end--;
    }
    return value.substring(0, end);
  }
}
