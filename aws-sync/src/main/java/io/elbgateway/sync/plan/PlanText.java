/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.plan;

/**
 * Renders a plan for review: a heading with the counts, then one line per change ({@code + create},
 * {@code ~ modify}, {@code - delete}) with the fields it changes indented below as {@code before ->
 * after}, then the problems ({@code !}).
 */
final class PlanText {

  private PlanText() {}

  static String render(Plan plan) {
    long create = plan.changes().stream().filter(c -> c.operation().symbol() == '+').count();
    long modify = plan.changes().stream().filter(c -> c.operation().symbol() == '~').count();
    long delete = plan.changes().stream().filter(c -> c.operation().symbol() == '-').count();
    StringBuilder text = new StringBuilder();
    text.append(plan.deletion() ? "Plan to delete stack " : "Plan for stack ")
        .append(plan.stack())
        .append(": ");
    if (plan.empty()) {
      text.append("no changes");
    } else {
      text.append(create).append(" to create, ").append(modify).append(" to modify, ").append(delete).append(" to delete");
    }
    if (plan.disruptive()) {
      text.append(" (DISRUPTIVE: traffic is interrupted)");
    }
    text.append('\n');
    for (Change change : plan.changes()) {
      text.append(change.operation().symbol())
          .append(' ')
          .append(change.operation().verb())
          .append(' ')
          .append(change.operation().resource())
          .append(' ')
          .append(change.key());
      if (!change.summary().isEmpty()) {
        text.append(" (").append(change.summary()).append(')');
      }
      if (change.disruptive()) {
        text.append(" [disruptive]");
      }
      text.append('\n');
      for (FieldChange field : change.fields()) {
        text.append("    ").append(field.field()).append(": ");
        if (field.before().isEmpty()) {
          text.append(field.after());
        } else {
          text.append(field.before()).append(" -> ").append(field.after());
        }
        text.append('\n');
      }
    }
    for (PlanProblem problem : plan.problems()) {
      text.append("! ").append(problem.key()).append(": ").append(problem.message()).append('\n');
    }
    plan.recheckAfter()
        .ifPresent(d -> text.append("  (sync again in ").append(d.toSeconds()).append(" s: targets are draining)\n"));
    return text.toString();
  }
}
