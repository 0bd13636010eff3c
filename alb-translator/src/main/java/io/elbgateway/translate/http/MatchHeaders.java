/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.translate.AlbQuotas;
import io.elbgateway.translate.DeviationCode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Header matches (HTTPRoute and GRPCRoute) as ALB {@code http-header} conditions, one per header
 * (header matches are ANDed, {@code gateway-api.md} §3.2).
 *
 * <ul>
 *   <li>A name listed twice (case-insensitively): only the first entry counts, as the spec says.
 *   <li>{@code Exact} → {@code Values [value]}, the value whole: never split on commas (AWS LBC
 *       does, which turns one header match into an OR of several). ALB compares {@code Values}
 *       case-insensitively and the spec's Exact does not: declared as {@link
 *       DeviationCode#HEADER_VALUE_CASE_INSENSITIVE}. {@code Values} are used rather than an
 *       escaped regex because their comparison is documented, a regex's case sensitivity is not.
 *   <li>{@code Exact} with {@code *} or {@code ?} (wildcards in ALB {@code Values}) → {@code
 *       RegexValues ["^escaped$"]}, with {@link DeviationCode#REGEX_DIALECT}.
 *   <li>{@code RegularExpression} → {@code RegexValues ["^(re)$"]} after {@link RegexSafety}, with
 *       {@link DeviationCode#REGEX_DIALECT}.
 *   <li>{@code Host}: ALB cannot test it with an http-header condition (only host-header, which
 *       serves the route's hostnames and ignores the port the spec's header match would compare), so
 *       the match fails with a message that points to {@code hostnames}.
 * </ul>
 */
final class MatchHeaders {

  /** One header match, whatever the route kind. */
  record Header(String name, boolean regex, String value) {}

  private MatchHeaders() {}

  /** Adds the conditions of {@code headers} (field {@code .headers[i]}) to {@code out}, or fails. */
  static void encode(List<Header> headers, AlbQuotas quotas, MatchEncoding out) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < headers.size() && !out.failed(); i++) {
      Header h = headers.get(i);
      String path = ".headers[" + i + "]";
      if (!seen.add(h.name().toLowerCase(Locale.ROOT))) {
        continue; // the spec: only the first entry with a name counts
      }
      if (!token(h.name())) {
        out.fail(path + ".name", "must be a non-empty HTTP token (RFC 7230) without \"*\", as ALB header names are");
        return;
      }
      if (h.name().length() > ConditionItems.HEADER_NAME_LENGTH) {
        out.fail(
            path + ".name",
            "is "
                + h.name().length()
                + " characters; ALB allows "
                + ConditionItems.HEADER_NAME_LENGTH
                + " in an http-header condition name");
        return;
      }
      if (h.name().equalsIgnoreCase("host")) {
        out.fail(
            path + ".name",
            "ALB cannot match the Host header with an http-header condition; match hosts with the"
                + " route's hostnames instead");
        return;
      }
      if (h.value().isEmpty() || !PathEncoding.visibleAscii(h.value())) {
        out.fail(path + ".value", "must be non-empty printable ASCII, which is all ALB conditions can carry");
        return;
      }
      if (h.regex()) {
        Optional<String> refusal = RegexSafety.refusal(h.value());
        if (refusal.isPresent()) {
          out.fail(path + ".value", refusal.get());
          return;
        }
        String anchored = RegexSafety.anchored(h.value());
        if (PathEncoding.fits(anchored, path + ".value", quotas, out)) {
          out.add(RuleCondition.httpHeaderRegex(h.name(), List.of(anchored)));
          out.deviation(path, DeviationCode.REGEX_DIALECT, PathEncoding.regexDialectMessage("header value"));
        }
      } else if (h.value().indexOf('*') >= 0 || h.value().indexOf('?') >= 0) {
        String literal = "^" + RegexSafety.literal(h.value()) + "$";
        if (PathEncoding.fits(literal, path + ".value", quotas, out)) {
          out.add(RuleCondition.httpHeaderRegex(h.name(), List.of(literal)));
          out.deviation(
              path,
              DeviationCode.REGEX_DIALECT,
              "the value has * or ?, wildcards in ALB header values, so it is matched literally by an escaped"
                  + " RegexValues pattern; AWS does not document whether ALB regexes compare case-sensitively");
        }
      } else if (PathEncoding.fits(h.value(), path + ".value", quotas, out)) {
        out.add(RuleCondition.httpHeader(h.name(), List.of(h.value())));
        out.deviation(
            path,
            DeviationCode.HEADER_VALUE_CASE_INSENSITIVE,
            "ALB compares header values case-insensitively; the spec's Exact match is case-sensitive");
      }
    }
  }

  /** An RFC 7230 token without {@code *} (ALB header names take no wildcards). */
  private static boolean token(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      boolean ok =
          (ch >= 'a' && ch <= 'z')
              || (ch >= 'A' && ch <= 'Z')
              || (ch >= '0' && ch <= '9')
              || "!#$%&'+-.^_`|~".indexOf(ch) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
