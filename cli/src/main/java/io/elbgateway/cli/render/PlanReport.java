/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli.render;

import io.elbgateway.model.codec.ModelMappers;
import io.elbgateway.sync.plan.Plan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plans of a run as a person reads them (the target, what was not translated, notes, each
 * stack's plan, a summary line) or as a program does (one JSON document).
 */
public final class PlanReport {

  private PlanReport() {}

  /** The plans as text. */
  public static String text(String target, List<String> notes, List<String> refused, List<Plan> plans) {
    StringBuilder text = new StringBuilder("Target: ").append(target).append('\n');
    if (!refused.isEmpty()) {
      text.append("Not translated (elbgateway validate shows why):\n");
      refused.forEach(line -> text.append("  ").append(line).append('\n'));
    }
    notes.forEach(note -> text.append("note: ").append(note).append('\n'));
    for (Plan plan : plans) {
      text.append('\n').append(plan.toText());
    }
    text.append('\n').append(summary(plans)).append('\n');
    return text.toString();
  }

  /** One line: the counts of all plans, or that there is nothing to change. */
  public static String summary(List<Plan> plans) {
    long create = count(plans, '+');
    long modify = count(plans, '~');
    long delete = count(plans, '-');
    long problems = plans.stream().mapToLong(p -> p.problems().size()).sum();
    String problemText = problems == 0 ? "" : "; " + problems + (problems == 1 ? " problem" : " problems") + " (lines with !)";
    if (create + modify + delete == 0) {
      return "No changes: AWS matches the manifests" + problemText + ".";
    }
    return "Plan: " + create + " to create, " + modify + " to modify, " + delete + " to delete in "
        + plans.stream().filter(p -> !p.empty()).count() + " of " + plans.size() + (plans.size() == 1 ? " stack" : " stacks")
        + problemText + ".";
  }

  /** The plans as a document to write as JSON. */
  public static Map<String, Object> document(String target, List<String> notes, List<String> refused, List<Plan> plans) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("target", target);
    document.put("notTranslated", refused);
    document.put("notes", notes);
    document.put("changes", plans.stream().mapToInt(p -> p.changes().size()).sum());
    document.put("plans", plans);
    return document;
  }

  /** A document as indented JSON. */
  public static String json(Map<String, Object> document) {
    return ModelMappers.json().writerWithDefaultPrettyPrinter().writeValueAsString(document);
  }

  private static long count(List<Plan> plans, char symbol) {
    return plans.stream().flatMap(p -> p.changes().stream()).filter(c -> c.operation().symbol() == symbol).count();
  }
}
