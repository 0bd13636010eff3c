/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import io.elbgateway.model.elb.ConditionField;
import io.elbgateway.model.elb.HostHeaderConditionConfig;
import io.elbgateway.model.elb.HttpHeaderConditionConfig;
import io.elbgateway.model.elb.HttpRequestMethodConditionConfig;
import io.elbgateway.model.elb.ImmutableHostHeaderConditionConfig;
import io.elbgateway.model.elb.ImmutableHttpHeaderConditionConfig;
import io.elbgateway.model.elb.ImmutableHttpRequestMethodConditionConfig;
import io.elbgateway.model.elb.ImmutablePathPatternConditionConfig;
import io.elbgateway.model.elb.ImmutableQueryStringConditionConfig;
import io.elbgateway.model.elb.ImmutableSourceIpConditionConfig;
import io.elbgateway.model.elb.PathPatternConditionConfig;
import io.elbgateway.model.elb.QueryStringConditionConfig;
import io.elbgateway.model.elb.QueryStringKeyValuePair;
import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.model.elb.SourceIpConditionConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The values ("match evaluations") of one ALB condition, as the quotas count them: every entry of
 * {@code Values} and of {@code RegexValues}, one per query-string key/value pair. The values of one
 * condition are ORed, so a condition may be cut into parts ({@link #part}) that go to different
 * rules without changing what the rules match together.
 */
final class ConditionItems {

  /** The longest http-header name ALB accepts ({@code alb-elbv2.md} §1.2). */
  static final int HEADER_NAME_LENGTH = 40;

  private ConditionItems() {}

  /** How many values the condition carries. */
  static int count(RuleCondition c) {
    return switch (c.field()) {
      case HOST_HEADER -> c.hostHeaderConfig().map(h -> h.values().size() + h.regexValues().size()).orElse(0);
      case PATH_PATTERN -> c.pathPatternConfig().map(p -> p.values().size() + p.regexValues().size()).orElse(0);
      case HTTP_HEADER -> c.httpHeaderConfig().map(h -> h.values().size() + h.regexValues().size()).orElse(0);
      case QUERY_STRING -> c.queryStringConfig().map(q -> q.values().size()).orElse(0);
      case HTTP_REQUEST_METHOD -> c.httpRequestMethodConfig().map(m -> m.values().size()).orElse(0);
      case SOURCE_IP -> c.sourceIpConfig().map(s -> s.values().size()).orElse(0);
    };
  }

  /** The strings of value {@code i} whose length ALB limits (a query pair has two). */
  static List<String> strings(RuleCondition c, int i) {
    return switch (c.field()) {
      case HOST_HEADER -> c.hostHeaderConfig().map(h -> List.of(pick(h.values(), h.regexValues(), i))).orElse(List.of());
      case PATH_PATTERN -> c.pathPatternConfig().map(p -> List.of(pick(p.values(), p.regexValues(), i))).orElse(List.of());
      case HTTP_HEADER -> c.httpHeaderConfig().map(h -> List.of(pick(h.values(), h.regexValues(), i))).orElse(List.of());
      case QUERY_STRING ->
          c.queryStringConfig()
              .map(q -> pairStrings(q.values().get(i)))
              .orElse(List.of());
      case HTTP_REQUEST_METHOD -> c.httpRequestMethodConfig().map(m -> List.of(m.values().get(i))).orElse(List.of());
      case SOURCE_IP -> c.sourceIpConfig().map(s -> List.of(s.values().get(i))).orElse(List.of());
    };
  }

  /**
   * The wildcards ({@code *}, {@code ?}) value {@code i} spends of the per-rule quota: those in
   * {@code Values} of host-header, path-pattern and http-header, and the unescaped ones of a
   * query-string pair. Regular expressions spend none.
   */
  static int wildcards(RuleCondition c, int i) {
    return switch (c.field()) {
      case HOST_HEADER -> c.hostHeaderConfig().map(h -> globWildcards(h.values(), i)).orElse(0);
      case PATH_PATTERN -> c.pathPatternConfig().map(p -> globWildcards(p.values(), i)).orElse(0);
      case HTTP_HEADER -> c.httpHeaderConfig().map(h -> globWildcards(h.values(), i)).orElse(0);
      case QUERY_STRING ->
          c.queryStringConfig()
              .map(q -> pairStrings(q.values().get(i)).stream().mapToInt(ConditionItems::unescapedWildcards).sum())
              .orElse(0);
      case HTTP_REQUEST_METHOD, SOURCE_IP -> 0;
    };
  }

  /** The condition with only its values {@code from} (inclusive) to {@code to} (exclusive). */
  static RuleCondition part(RuleCondition c, int from, int to) {
    return switch (c.field()) {
      case HOST_HEADER -> {
        HostHeaderConditionConfig h = c.hostHeaderConfig().orElseThrow();
        yield RuleCondition.builder()
            .field(ConditionField.HOST_HEADER)
            .hostHeaderConfig(
                ImmutableHostHeaderConditionConfig.builder()
                    .values(slice(h.values(), 0, from, to))
                    .regexValues(slice(h.regexValues(), h.values().size(), from, to))
                    .build())
            .build();
      }
      case PATH_PATTERN -> {
        PathPatternConditionConfig p = c.pathPatternConfig().orElseThrow();
        yield RuleCondition.builder()
            .field(ConditionField.PATH_PATTERN)
            .pathPatternConfig(
                ImmutablePathPatternConditionConfig.builder()
                    .values(slice(p.values(), 0, from, to))
                    .regexValues(slice(p.regexValues(), p.values().size(), from, to))
                    .build())
            .build();
      }
      case HTTP_HEADER -> {
        HttpHeaderConditionConfig h = c.httpHeaderConfig().orElseThrow();
        yield RuleCondition.builder()
            .field(ConditionField.HTTP_HEADER)
            .httpHeaderConfig(
                ImmutableHttpHeaderConditionConfig.builder()
                    .httpHeaderName(h.httpHeaderName())
                    .values(slice(h.values(), 0, from, to))
                    .regexValues(slice(h.regexValues(), h.values().size(), from, to))
                    .build())
            .build();
      }
      case QUERY_STRING -> {
        QueryStringConditionConfig q = c.queryStringConfig().orElseThrow();
        yield RuleCondition.builder()
            .field(ConditionField.QUERY_STRING)
            .queryStringConfig(
                ImmutableQueryStringConditionConfig.builder().values(q.values().subList(from, to)).build())
            .build();
      }
      case HTTP_REQUEST_METHOD -> {
        HttpRequestMethodConditionConfig m = c.httpRequestMethodConfig().orElseThrow();
        yield RuleCondition.builder()
            .field(ConditionField.HTTP_REQUEST_METHOD)
            .httpRequestMethodConfig(
                ImmutableHttpRequestMethodConditionConfig.builder().values(m.values().subList(from, to)).build())
            .build();
      }
      case SOURCE_IP -> {
        SourceIpConditionConfig s = c.sourceIpConfig().orElseThrow();
        yield RuleCondition.builder()
            .field(ConditionField.SOURCE_IP)
            .sourceIpConfig(
                ImmutableSourceIpConditionConfig.builder()
                    .values(s.values().subList(from, to))
                    .ipAddressType(s.ipAddressType())
                    .build())
            .build();
      }
    };
  }

  /** A short name for messages: the field, and the header name for http-header. */
  static String describe(RuleCondition c) {
    return c.httpHeaderConfig().map(h -> "http-header " + h.httpHeaderName()).orElse(c.field().toString());
  }

  private static String pick(List<String> values, List<String> regexValues, int i) {
    return i < values.size() ? values.get(i) : regexValues.get(i - values.size());
  }

  private static List<String> pairStrings(QueryStringKeyValuePair pair) {
    List<String> strings = new ArrayList<>();
    pair.key().ifPresent(strings::add);
    strings.add(pair.value());
    return strings;
  }

  private static int globWildcards(List<String> values, int i) {
    if (i >= values.size()) {
      return 0;
    }
    String v = values.get(i);
    int n = 0;
    for (int k = 0; k < v.length(); k++) {
      char ch = v.charAt(k);
      if (ch == '*' || ch == '?') {
        n++;
      }
    }
    return n;
  }

  /** Wildcards not escaped with a backslash (query-string values). */
  static int unescapedWildcards(String v) {
    int n = 0;
    for (int k = 0; k < v.length(); k++) {
      char ch = v.charAt(k);
      if (ch == '\\') {
        k++;
      } else if (ch == '*' || ch == '?') {
        n++;
      }
    }
    return n;
  }

  /** The part of {@code list} (which starts at combined index {@code offset}) within [from, to). */
  private static List<String> slice(List<String> list, int offset, int from, int to) {
    int start = Math.max(0, from - offset);
    int end = Math.min(list.size(), to - offset);
    return start >= end ? List.of() : list.subList(start, end);
  }
}
