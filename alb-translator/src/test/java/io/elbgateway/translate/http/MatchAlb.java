/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import io.elbgateway.model.elb.ConditionField;
import io.elbgateway.model.elb.QueryStringKeyValuePair;
import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.translate.AlbQuotas;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Test support: a small model of how ALB evaluates the conditions the match encoder emits (glob
 * {@code Values} with {@code *} = zero or more characters and {@code ?} = one, RegexValues with
 * java.util.regex), and an independent check of the per-rule quotas.
 */
final class MatchAlb {

  /** A request as ALB conditions see it. */
  record Request(String host, String path, String method, Map<String, List<String>> headers, List<Map.Entry<String, String>> query, String sourceIp) {
    static Request of(String host, String path) {
      return new Request(host, path, "GET", Map.of(), List.of(), "10.0.0.1/32");
    }

    static Request path(String path) {
      return of("www.example.com", path);
    }
  }

  private MatchAlb() {}

  /** Whether ALB's glob {@code pattern} matches all of {@code text}; {@code escapes}: backslash escapes (query-string). */
  static boolean glob(String pattern, String text, boolean caseInsensitive, boolean escapes) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char ch = pattern.charAt(i);
      if (escapes && ch == '\\' && i + 1 < pattern.length()) {
        re.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
      } else if (ch == '*') {
        re.append(".*");
      } else if (ch == '?') {
        re.append('.');
      } else {
        re.append(Pattern.quote(String.valueOf(ch)));
      }
    }
    int flags = Pattern.DOTALL | (caseInsensitive ? Pattern.CASE_INSENSITIVE : 0);
    return Pattern.compile(re.toString(), flags).matcher(text).matches();
  }

  /** Whether a RegexValues pattern matches {@code text} (ALB's dialect modelled by java.util.regex, searching). */
  static boolean regex(String regex, String text) {
    return Pattern.compile(regex).matcher(text).find();
  }

  /** Whether any of the rules matches. */
  static boolean anyRule(List<List<RuleCondition>> rules, Request r) {
    return rules.stream().anyMatch(rule -> rule.stream().allMatch(c -> condition(c, r)));
  }

  static boolean condition(RuleCondition c, Request r) {
    return switch (c.field()) {
      case HOST_HEADER -> {
        var h = c.hostHeaderConfig().orElseThrow();
        yield h.values().stream().anyMatch(v -> glob(v, r.host(), true, false))
            || h.regexValues().stream().anyMatch(v -> regex(v, r.host()));
      }
      case PATH_PATTERN -> {
        var p = c.pathPatternConfig().orElseThrow();
        yield p.values().stream().anyMatch(v -> glob(v, r.path(), false, false))
            || p.regexValues().stream().anyMatch(v -> regex(v, r.path()));
      }
      case HTTP_HEADER -> {
        var h = c.httpHeaderConfig().orElseThrow();
        List<String> values = new ArrayList<>();
        r.headers().forEach((k, v) -> {
          if (k.equalsIgnoreCase(h.httpHeaderName())) {
            values.addAll(v);
          }
        });
        yield values.stream()
            .anyMatch(
                value ->
                    h.values().stream().anyMatch(v -> glob(v, value, true, false))
                        || h.regexValues().stream().anyMatch(v -> regex(v, value)));
      }
      case QUERY_STRING -> {
        var q = c.queryStringConfig().orElseThrow();
        yield q.values().stream()
            .anyMatch(
                pair ->
                    r.query().stream()
                        .anyMatch(
                            e ->
                                pair.key().map(k -> glob(k, e.getKey(), true, true)).orElse(true)
                                    && glob(pair.value(), e.getValue(), true, true)));
      }
      case HTTP_REQUEST_METHOD -> c.httpRequestMethodConfig().orElseThrow().values().contains(r.method());
      case SOURCE_IP -> c.sourceIpConfig().orElseThrow().values().contains(r.sourceIp());
    };
  }

  /** The quotas a rule breaks, described; empty when it keeps them all. Written apart from ConditionBudget. */
  static List<String> broken(List<RuleCondition> rule, AlbQuotas quotas) {
    List<String> broken = new ArrayList<>();
    int values = 0;
    int wildcards = 0;
    Set<ConditionField> once = EnumSet.noneOf(ConditionField.class);
    for (RuleCondition c : rule) {
      List<String> vals = new ArrayList<>();
      List<String> regexes = new ArrayList<>();
      int n;
      switch (c.field()) {
        case HOST_HEADER -> {
          vals.addAll(c.hostHeaderConfig().get().values());
          regexes.addAll(c.hostHeaderConfig().get().regexValues());
        }
        case PATH_PATTERN -> {
          vals.addAll(c.pathPatternConfig().get().values());
          regexes.addAll(c.pathPatternConfig().get().regexValues());
        }
        case HTTP_HEADER -> {
          vals.addAll(c.httpHeaderConfig().get().values());
          regexes.addAll(c.httpHeaderConfig().get().regexValues());
          if (c.httpHeaderConfig().get().httpHeaderName().length() > 40) {
            broken.add("header name length");
          }
        }
        case QUERY_STRING -> {
          for (QueryStringKeyValuePair p : c.queryStringConfig().get().values()) {
            regexes.add(p.value()); // counted as a value, wildcards counted below
            p.key().ifPresent(k -> {
              if (k.length() > quotas.conditionValueLength()) {
                broken.add("key length");
              }
            });
            wildcards += ConditionItems.unescapedWildcards(p.value()) + p.key().map(ConditionItems::unescapedWildcards).orElse(0);
          }
        }
        case HTTP_REQUEST_METHOD -> regexes.addAll(c.httpRequestMethodConfig().get().values());
        case SOURCE_IP -> regexes.addAll(c.sourceIpConfig().get().values());
      }
      if (c.field() != ConditionField.HTTP_HEADER && c.field() != ConditionField.QUERY_STRING && !once.add(c.field())) {
        broken.add("two " + c.field());
      }
      n = vals.size() + regexes.size();
      if (n == 0) {
        broken.add("empty condition");
      }
      if (n > quotas.valuesPerCondition()) {
        broken.add("values per condition " + n);
      }
      values += n;
      for (String v : vals) {
        wildcards += (int) v.chars().filter(ch -> ch == '*' || ch == '?').count();
      }
      for (String v : concat(vals, regexes)) {
        if (v.isEmpty() || v.length() > quotas.conditionValueLength()) {
          broken.add("value length " + v.length());
        }
      }
    }
    if (values > quotas.conditionValuesPerRule()) {
      broken.add("values per rule " + values);
    }
    if (wildcards > quotas.wildcardsPerRule()) {
      broken.add("wildcards per rule " + wildcards);
    }
    return broken;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
