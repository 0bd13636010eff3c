/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.http;

import io.elbgateway.model.elb.ConditionField;
import io.elbgateway.model.elb.RuleCondition;
import io.elbgateway.translate.AlbQuotas;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lays the AND-ed conditions of one match out in ALB rules within the per-rule quotas
 * ({@code alb-elbv2.md} §1.2-1.3): at most {@code valuesPerCondition} values in a condition,
 * {@code conditionValuesPerRule} values and {@code wildcardsPerRule} wildcards in a rule, one
 * host-header, path-pattern, http-request-method and source-ip condition per rule, and no value
 * longer than {@code conditionValueLength}.
 *
 * <p>A rule is the AND of its conditions and a condition the OR of its values, so a condition may
 * be cut into consecutive parts: the rules made of every combination of parts (one part of each
 * condition, the same other conditions) match together exactly what the single rule would. Only
 * such cuts are made; AND-ed conditions are never separated. Among the cuts that fit, the one that
 * needs the fewest rules wins (ties: the first in a fixed order), so the result is deterministic.
 * What no cut can fit is reported with the quota it breaks.
 */
final class ConditionBudget {

  private static final Set<ConditionField> ONE_PER_RULE =
      EnumSet.of(
          ConditionField.HOST_HEADER,
          ConditionField.PATH_PATTERN,
          ConditionField.HTTP_REQUEST_METHOD,
          ConditionField.SOURCE_IP);

  /** The condition lists of the rules, or why none fit. */
  record Layout(List<List<RuleCondition>> rules, Optional<String> problem) {
    static Layout fail(String problem) {
      return new Layout(List.of(), Optional.of(problem));
    }
  }

  /** One way to cut a condition: part {@code j} holds values {@code bounds[j]..bounds[j+1]}. */
  private record Cut(List<Integer> bounds, int parts, int maxValues, int maxWildcards) {}

  private ConditionBudget() {}

  /** The rules for {@code conditions} (ANDed), or the quota that keeps them from fitting. */
  static Layout layOut(List<RuleCondition> conditions, AlbQuotas quotas) {
    int perCondition = quotas.valuesPerCondition();
    int perRule = quotas.conditionValuesPerRule();
    int wildcards = quotas.wildcardsPerRule();
    int length = quotas.conditionValueLength();
    if (perCondition < 1 || perRule < 1 || wildcards < 0 || length < 1 || quotas.rulesPerLoadBalancer() < 1) {
      return Layout.fail("the configured ALB quotas leave no room for a rule");
    }
    Optional<String> shape = checkShape(conditions, length);
    if (shape.isPresent()) {
      return Layout.fail(shape.get());
    }
    List<List<Cut>> options = new ArrayList<>();
    int minValues = 0;
    int minWildcards = 0;
    Map<String, Integer> breakdown = new LinkedHashMap<>();
    for (RuleCondition c : conditions) {
      List<Cut> cuts = cuts(c, perCondition, wildcards);
      options.add(cuts);
      minValues += 1;
      breakdown.merge(c.field().toString(), 1, Integer::sum);
      minWildcards += maxItemWildcards(c);
    }
    if (minValues > perRule) {
      return Layout.fail(
          "needs "
              + minValues
              + " condition values in one ALB rule ("
              + describe(breakdown)
              + "; AND-ed conditions cannot be split across rules); ALB allows "
              + perRule
              + " per rule (quota: condition values per rule)");
    }
    if (minWildcards > wildcards) {
      return Layout.fail(
          "needs "
              + minWildcards
              + " wildcards (* or ?) in one ALB rule; ALB allows "
              + wildcards
              + " per rule (quota: condition wildcards per rule)");
    }
    Search search = new Search(options, perRule, wildcards);
    search.run(0, 0, 0, 1L, new ArrayList<>());
    if (search.best == null) {
      // Unreachable: cutting every condition into single values fits when the minima above do.
      return Layout.fail("does not fit the per-rule quotas of ALB");
    }
    if (search.bestRules > quotas.rulesPerLoadBalancer()) {
      return Layout.fail(
          "needs "
              + search.bestRules
              + " ALB rules to keep every rule within the per-rule quotas; ALB allows "
              + quotas.rulesPerLoadBalancer()
              + " rules per load balancer (quota: rules per load balancer)");
    }
    List<List<RuleCondition>> rules = new ArrayList<>();
    expand(conditions, search.best, 0, new ArrayList<>(), rules);
    return new Layout(rules, Optional.empty());
  }

  private static Optional<String> checkShape(List<RuleCondition> conditions, int length) {
    Map<ConditionField, Integer> perField = new LinkedHashMap<>();
    for (RuleCondition c : conditions) {
      int n = perField.merge(c.field(), 1, Integer::sum);
      if (n == 2 && ONE_PER_RULE.contains(c.field())) {
        return Optional.of("needs two " + c.field() + " conditions in one ALB rule; ALB allows one per rule");
      }
      int count = ConditionItems.count(c);
      if (count == 0) {
        return Optional.of("a " + ConditionItems.describe(c) + " condition needs at least one value");
      }
      for (int i = 0; i < count; i++) {
        for (String s : ConditionItems.strings(c, i)) {
          if (s.isEmpty()) {
            return Optional.of("a " + ConditionItems.describe(c) + " condition has an empty value; ALB needs non-empty values");
          }
          if (s.length() > length) {
            return Optional.of(
                ConditionItems.describe(c)
                    + " value \""
                    + abbreviate(s)
                    + "\" is "
                    + s.length()
                    + " characters; ALB allows "
                    + length
                    + " per condition value (quota: condition value length)");
          }
        }
      }
      Optional<String> name = c.httpHeaderConfig().map(h -> h.httpHeaderName());
      if (name.isPresent() && name.get().length() > ConditionItems.HEADER_NAME_LENGTH) {
        return Optional.of(
            "http-header name \""
                + abbreviate(name.get())
                + "\" is "
                + name.get().length()
                + " characters; ALB allows "
                + ConditionItems.HEADER_NAME_LENGTH);
      }
    }
    return Optional.empty();
  }

  /** The distinct, undominated cuts of one condition, fewest parts first. */
  private static List<Cut> cuts(RuleCondition c, int perCondition, int wildcards) {
    int n = ConditionItems.count(c);
    int[] wild = new int[n];
    int total = 0;
    for (int i = 0; i < n; i++) {
      wild[i] = ConditionItems.wildcards(c, i);
      total += wild[i];
    }
    List<Cut> found = new ArrayList<>();
    int maxCap = Math.min(wildcards, total);
    for (int k = Math.min(n, perCondition); k >= 1; k--) {
      for (int cap = 0; cap <= maxCap; cap++) {
        Cut cut = greedy(wild, k, cap);
        if (cut != null && found.stream().noneMatch(f -> f.bounds().equals(cut.bounds()))) {
          found.add(cut);
        }
      }
    }
    List<Cut> undominated = new ArrayList<>();
    for (Cut cut : found) {
      boolean dominated =
          found.stream()
              .anyMatch(
                  o ->
                      o != cut
                          && o.parts() <= cut.parts()
                          && o.maxValues() <= cut.maxValues()
                          && o.maxWildcards() <= cut.maxWildcards()
                          && (o.parts() < cut.parts()
                              || o.maxValues() < cut.maxValues()
                              || o.maxWildcards() < cut.maxWildcards()
                              || found.indexOf(o) < found.indexOf(cut)));
      if (!dominated) {
        undominated.add(cut);
      }
    }
    undominated.sort(
        Comparator.comparingInt(Cut::parts).thenComparingInt(Cut::maxValues).thenComparingInt(Cut::maxWildcards));
    return undominated;
  }

  /** Consecutive parts of at most {@code k} values and {@code cap} wildcards; null if a value alone breaks the cap. */
  private static Cut greedy(int[] wild, int k, int cap) {
    List<Integer> bounds = new ArrayList<>();
    bounds.add(0);
    int size = 0;
    int w = 0;
    int maxSize = 0;
    int maxWild = 0;
    for (int i = 0; i < wild.length; i++) {
      if (wild[i] > cap) {
        return null;
      }
      if (size == k || w + wild[i] > cap) {
        bounds.add(i);
        size = 0;
        w = 0;
      }
      size++;
      w += wild[i];
      maxSize = Math.max(maxSize, size);
      maxWild = Math.max(maxWild, w);
    }
    bounds.add(wild.length);
    return new Cut(List.copyOf(bounds), bounds.size() - 1, maxSize, maxWild);
  }

  private static int maxItemWildcards(RuleCondition c) {
    int max = 0;
    for (int i = 0; i < ConditionItems.count(c); i++) {
      max = Math.max(max, ConditionItems.wildcards(c, i));
    }
    return max;
  }

  /** Depth-first over one cut per condition; keeps the first cut list with the fewest rules. */
  private static final class Search {
    private static final long CAP = Integer.MAX_VALUE;
    private final List<List<Cut>> options;
    private final int perRule;
    private final int wildcards;
    private final int[] minValuesFrom;
    private final int[] minWildcardsFrom;
    List<Cut> best;
    long bestRules = Long.MAX_VALUE;

    Search(List<List<Cut>> options, int perRule, int wildcards) {
      this.options = options;
      this.perRule = perRule;
      this.wildcards = wildcards;
      int n = options.size();
      minValuesFrom = new int[n + 1];
      minWildcardsFrom = new int[n + 1];
      for (int i = n - 1; i >= 0; i--) {
        minValuesFrom[i] = minValuesFrom[i + 1] + options.get(i).stream().mapToInt(Cut::maxValues).min().orElse(0);
        minWildcardsFrom[i] =
            minWildcardsFrom[i + 1] + options.get(i).stream().mapToInt(Cut::maxWildcards).min().orElse(0);
      }
    }

    void run(int i, int values, int wild, long rules, List<Cut> chosen) {
      if (rules >= bestRules) {
        return;
      }
      if (values + minValuesFrom[i] > perRule || wild + minWildcardsFrom[i] > wildcards) {
        return;
      }
      if (i == options.size()) {
        best = List.copyOf(chosen);
        bestRules = rules;
        return;
      }
      for (Cut cut : options.get(i)) {
        chosen.add(cut);
        long next = rules > CAP / cut.parts() ? CAP : rules * cut.parts();
        run(i + 1, values + cut.maxValues(), wild + cut.maxWildcards(), next, chosen);
        chosen.remove(chosen.size() - 1);
      }
    }
  }

  private static void expand(
      List<RuleCondition> conditions, List<Cut> cuts, int i, List<RuleCondition> prefix, List<List<RuleCondition>> out) {
    if (i == conditions.size()) {
      out.add(List.copyOf(prefix));
      return;
    }
    RuleCondition c = conditions.get(i);
    List<Integer> bounds = cuts.get(i).bounds();
    for (int j = 0; j + 1 < bounds.size(); j++) {
      prefix.add(bounds.size() == 2 ? c : ConditionItems.part(c, bounds.get(j), bounds.get(j + 1)));
      expand(conditions, cuts, i + 1, prefix, out);
      prefix.remove(prefix.size() - 1);
    }
  }

  private static String describe(Map<String, Integer> breakdown) {
    StringBuilder sb = new StringBuilder();
    breakdown.forEach(
        (field, n) -> {
          if (sb.length() > 0) {
            sb.append(", ");
          }
          sb.append(n).append(' ').append(field);
        });
    return sb.toString();
  }

  static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }
}
