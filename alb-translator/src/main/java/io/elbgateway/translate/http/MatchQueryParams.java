/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import io.elbgateway.model.elb.QueryStringKeyValuePair;
import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.gateway.HTTPQueryParamMatch;
import io.elbgateway.model.gateway.HTTPQueryParamMatchType;
import io.elbgateway.translate.AlbQuotas;
import io.elbgateway.translate.DeviationCode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Query parameter matches as ALB {@code query-string} conditions, one per parameter (ANDed), each
 * with one key/value pair.
 *
 * <ul>
 *   <li>A name listed twice (names compare exactly): only the first entry counts, as the spec says.
 *   <li>{@code Exact} → {@code {Key: name, Value: value}} with {@code *} and {@code ?} escaped by a
 *       backslash, so they match literally ({@code alb-elbv2.md} §1.2) and spend no wildcard. ALB
 *       compares keys and values case-insensitively ({@link
 *       DeviationCode#QUERY_PARAM_CASE_INSENSITIVE}) and matches when any occurrence of a repeated
 *       parameter has the value ({@link DeviationCode#REPEATED_QUERY_PARAM}; the spec recommends the
 *       first).
 *   <li>A literal backslash: AWS documents no way to write one, so the match fails.
 *   <li>{@code RegularExpression}: ALB query-string conditions have no regular expressions; the match
 *       fails (AWS LBC silently treats the regex as a glob).
 * </ul>
 */
final class MatchQueryParams {

  private MatchQueryParams() {}

  /** Adds the conditions of {@code params} to {@code out}, or fails. */
  static void encode(List<HTTPQueryParamMatch> params, AlbQuotas quotas, MatchEncoding out) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < params.size() && !out.failed(); i++) {
      HTTPQueryParamMatch q = params.get(i);
      String path = ".queryParams[" + i + "]";
      if (!seen.add(q.name())) {
        continue; // the spec: only the first entry with a name counts
      }
      if (q.type() == HTTPQueryParamMatchType.REGULAR_EXPRESSION) {
        out.fail(
            path + ".type",
            "RegularExpression is not supported: ALB query-string conditions have no regular expressions;"
                + " use Exact");
        return;
      }
      if (!checkText(q.name(), path + ".name", out) || !checkText(q.value(), path + ".value", out)) {
        return;
      }
      String key = escape(q.name());
      String value = escape(q.value());
      if (!PathEncoding.fits(key, path + ".name", quotas, out) || !PathEncoding.fits(value, path + ".value", quotas, out)) {
        return;
      }
      out.add(RuleCondition.queryString(List.of(QueryStringKeyValuePair.of(key, value))));
      out.deviation(
          path,
          DeviationCode.QUERY_PARAM_CASE_INSENSITIVE,
          "ALB compares query parameter names and values case-insensitively; the spec's Exact match is case-sensitive");
      out.deviation(
          path,
          DeviationCode.REPEATED_QUERY_PARAM,
          "when the parameter appears several times, ALB matches if any of its values matches");
    }
  }

  /** {@code text} with {@code *} and {@code ?} escaped for ALB query-string values. */
  static String escape(String text) {
    return text.replace("*", "\\*").replace("?", "\\?");
  }

  private static boolean checkText(String text, String field, MatchEncoding out) {
    if (text.isEmpty() || !PathEncoding.visibleAscii(text)) {
      out.fail(field, "must be non-empty printable ASCII, which is all ALB conditions can carry");
      return false;
    }
    if (text.indexOf('\\') >= 0) {
      out.fail(
          field,
          "contains a backslash, which ALB query-string conditions read as an escape; AWS documents no way to"
              + " match a literal backslash");
      return false;
    }
    return true;
  }
}
