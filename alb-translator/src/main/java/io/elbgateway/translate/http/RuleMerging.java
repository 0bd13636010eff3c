/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import io.elbgateway.model.elb.ConditionField;
import io.elbgateway.model.elb.HostHeaderConditionConfig;
import io.elbgateway.model.elb.HttpHeaderConditionConfig;
import io.elbgateway.model.elb.ImmutableHostHeaderConditionConfig;
import io.elbgateway.model.elb.ImmutableHttpHeaderConditionConfig;
import io.elbgateway.model.elb.ImmutableHttpRequestMethodConditionConfig;
import io.elbgateway.model.elb.ImmutablePathPatternConditionConfig;
import io.elbgateway.model.elb.ImmutableQueryStringConditionConfig;
import io.elbgateway.model.elb.ImmutableRuleCondition;
import io.elbgateway.model.elb.ImmutableSourceIpConditionConfig;
import io.elbgateway.model.elb.PathPatternConditionConfig;
import io.elbgateway.model.elb.QueryStringKeyValuePair;
import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.translate.AlbQuotas;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Fewer ALB rules with the same meaning (issue item 7). Two candidates merge when
 *
 * <ul>
 *   <li>they come from the same rule of the same route (never across rules or routes: their
 *       statuses, keys and precedence differ);
 *   <li>they are adjacent in the precedence order (no other rule sits between them, so evaluating
 *       the second at the first's priority changes no request's outcome);
 *   <li>their actions, transforms and tags are equal;
 *   <li>their conditions are equal but for one condition each, of the same field (and header name)
 *       and the same value kind (both {@code Values} or both {@code RegexValues}): then {@code (C
 *       and a) or (C and b) = C and (a or b)}, and ALB ORs the values inside one condition;
 *   <li>the merged rule stays within the values-per-condition, values-per-rule and wildcards-per-rule
 *       quotas.
 * </ul>
 *
 * Merging repeats along a run, so {@code /a}, {@code /b}, {@code /c} of one rule become one
 * path-pattern condition when the quotas allow. The merged rule keeps the first candidate's key.
 */
final class RuleMerging {

  private RuleMerging() {}

  /** Merges adjacent candidates of a listener's ordered list. */
  static List<RuleCandidate> merge(List<RuleCandidate> ordered, AlbQuotas quotas) {
    List<RuleCandidate> result = new ArrayList<>();
    for (RuleCandidate next : ordered) {
      if (!result.isEmpty()) {
        RuleCandidate last = result.get(result.size() - 1);
        Optional<List<RuleCondition>> merged = mergeable(last, next, quotas);
        if (merged.isPresent()) {
          result.set(result.size() - 1, last.withConditions(merged.get()));
          continue;
        }
      }
      result.add(next);
    }
    return result;
  }

  /** The merged conditions, when the two candidates may merge. */
  static Optional<List<RuleCondition>> mergeable(RuleCandidate a, RuleCandidate b, AlbQuotas quotas) {
    if (!a.sameRouteRule(b)
        || !a.listenerKey().equals(b.listenerKey())
        || !a.actions().equals(b.actions())
        || !a.transforms().equals(b.transforms())
        || !a.tags().equals(b.tags())
        || a.conditions().size() != b.conditions().size()) {
      return Optional.empty();
    }
    List<RuleCondition> onlyA = new ArrayList<>(a.conditions());
    List<RuleCondition> onlyB = new ArrayList<>();
    for (RuleCondition condition : b.conditions()) {
      if (!onlyA.remove(condition)) {
        onlyB.add(condition);
      }
    }
    if (onlyA.size() != 1 || onlyB.size() != 1) {
      return Optional.empty();
    }
    Optional<RuleCondition> union = union(onlyA.get(0), onlyB.get(0));
    if (union.isEmpty()) {
      return Optional.empty();
    }
    List<RuleCondition> merged = new ArrayList<>(a.conditions());
    merged.set(merged.indexOf(onlyA.get(0)), union.get());
    return withinQuotas(merged, quotas) ? Optional.of(merged) : Optional.empty();
  }

  /** One condition matching what either matches, when ALB can say it in one. */
  static Optional<RuleCondition> union(RuleCondition a, RuleCondition b) {
    if (a.field() != b.field()) {
      return Optional.empty();
    }
    ImmutableRuleCondition.Builder out = RuleCondition.builder().field(a.field());
    switch (a.field()) {
      case HOST_HEADER -> {
        HostHeaderConditionConfig x = a.hostHeaderConfig().orElseThrow();
        HostHeaderConditionConfig y = b.hostHeaderConfig().orElseThrow();
        if (!sameKind(x.values(), x.regexValues(), y.values(), y.regexValues())) {
          return Optional.empty();
        }
        out.hostHeaderConfig(
            ImmutableHostHeaderConditionConfig.builder()
                .values(union(x.values(), y.values()))
                .regexValues(union(x.regexValues(), y.regexValues()))
                .build());
      }
      case PATH_PATTERN -> {
        PathPatternConditionConfig x = a.pathPatternConfig().orElseThrow();
        PathPatternConditionConfig y = b.pathPatternConfig().orElseThrow();
        if (!sameKind(x.values(), x.regexValues(), y.values(), y.regexValues())) {
          return Optional.empty();
        }
        out.pathPatternConfig(
            ImmutablePathPatternConditionConfig.builder()
                .values(union(x.values(), y.values()))
                .regexValues(union(x.regexValues(), y.regexValues()))
                .build());
      }
      case HTTP_HEADER -> {
        HttpHeaderConditionConfig x = a.httpHeaderConfig().orElseThrow();
        HttpHeaderConditionConfig y = b.httpHeaderConfig().orElseThrow();
        if (!x.httpHeaderName().equalsIgnoreCase(y.httpHeaderName())
            || !sameKind(x.values(), x.regexValues(), y.values(), y.regexValues())) {
          return Optional.empty();
        }
        out.httpHeaderConfig(
            ImmutableHttpHeaderConditionConfig.builder()
                .httpHeaderName(x.httpHeaderName())
                .values(union(x.values(), y.values()))
                .regexValues(union(x.regexValues(), y.regexValues()))
                .build());
      }
      case QUERY_STRING ->
          out.queryStringConfig(
              ImmutableQueryStringConditionConfig.builder()
                  .values(union(a.queryStringConfig().orElseThrow().values(), b.queryStringConfig().orElseThrow().values()))
                  .build());
      case HTTP_REQUEST_METHOD ->
          out.httpRequestMethodConfig(
              ImmutableHttpRequestMethodConditionConfig.builder()
                  .values(union(a.httpRequestMethodConfig().orElseThrow().values(), b.httpRequestMethodConfig().orElseThrow().values()))
                  .build());
      case SOURCE_IP ->
          out.sourceIpConfig(
              ImmutableSourceIpConditionConfig.builder()
                  .values(union(a.sourceIpConfig().orElseThrow().values(), b.sourceIpConfig().orElseThrow().values()))
                  .build());
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of(out.build());
  }

  /** Whether the conditions of one rule stay within ALB's value and wildcard quotas. */
  static boolean withinQuotas(List<RuleCondition> conditions, AlbQuotas quotas) {
    int values = 0;
    int wildcards = 0;
    for (RuleCondition condition : conditions) {
      int count = values(condition);
      if (count > quotas.valuesPerCondition() && condition.field() != ConditionField.SOURCE_IP) {
        return false;
      }
      values += count;
      wildcards += wildcards(condition);
    }
    return values <= quotas.conditionValuesPerRule() && wildcards <= quotas.wildcardsPerRule();
  }

  /** The match evaluations a condition counts for. */
  static int values(RuleCondition c) {
    return switch (c.field()) {
      case HOST_HEADER -> c.hostHeaderConfig().map(x -> x.values().size() + x.regexValues().size()).orElse(0);
      case PATH_PATTERN -> c.pathPatternConfig().map(x -> x.values().size() + x.regexValues().size()).orElse(0);
      case HTTP_HEADER -> c.httpHeaderConfig().map(x -> x.values().size() + x.regexValues().size()).orElse(0);
      case QUERY_STRING -> c.queryStringConfig().map(x -> x.values().size()).orElse(0);
      case HTTP_REQUEST_METHOD -> c.httpRequestMethodConfig().map(x -> x.values().size()).orElse(0);
      case SOURCE_IP -> c.sourceIpConfig().map(x -> x.values().size()).orElse(0);
    };
  }

  /** The wildcards ({@code *}, {@code ?}) in a condition's plain values, counted conservatively. */
  static int wildcards(RuleCondition c) {
    List<String> texts = new ArrayList<>();
    c.hostHeaderConfig().ifPresent(x -> texts.addAll(x.values()));
    c.pathPatternConfig().ifPresent(x -> texts.addAll(x.values()));
    c.httpHeaderConfig().ifPresent(x -> texts.addAll(x.values()));
    c.queryStringConfig()
        .ifPresent(
            x -> {
              for (QueryStringKeyValuePair pair : x.values()) {
                pair.key().ifPresent(texts::add);
                texts.add(pair.value());
              }
            });
    int count = 0;
    for (String text : texts) {
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '*' || text.charAt(i) == '?') {
          count++;
        }
      }
    }
    return count;
  }

  private static boolean sameKind(List<String> xValues, List<String> xRegex, List<String> yValues, List<String> yRegex) {
    return xValues.isEmpty() == yValues.isEmpty() && xRegex.isEmpty() == yRegex.isEmpty();
  }

  private static <T> List<T> union(List<T> a, List<T> b) {
    LinkedHashSet<T> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
