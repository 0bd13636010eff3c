/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import io.elbgateway.cli.render.FailedConditions;
import io.elbgateway.model.codec.LoadResult;
import io.elbgateway.model.codec.SourceLocation;
import io.elbgateway.model.meta.ObjectKey;
import io.elbgateway.model.status.Condition;
import io.elbgateway.model.status.ListenerStatus;
import io.elbgateway.translate.Diagnostic;
import io.elbgateway.translate.Translation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the translation refused, read from the statuses it wrote (a route whose parent does not
 * exist, a rule dropped, a listener whose certificate cannot be used), as report lines in the form
 * of reading problems: {@code file:line: Kind ns/name: Type=Status (Reason): message}.
 */
final class StatusProblems {

  private StatusProblems() {}

  /** The refusals, route by route and Gateway by Gateway. */
  static List<String> errors(Translation translation, LoadResult loaded) {
    List<String> lines = new ArrayList<>();
    translation.gatewayClassStatuses().forEach((name, status) ->
        status.conditions().forEach(c -> bad(c, "GatewayClass " + name, "", lines, "")));
    for (Map.Entry<ObjectKey, io.elbgateway.model.status.GatewayStatus> entry : translation.gatewayStatuses().entrySet()) {
      String where = where(entry.getKey(), loaded);
      entry.getValue().conditions().forEach(c -> bad(c, where, "", lines, ""));
      for (ListenerStatus listener : entry.getValue().listeners()) {
        listener.conditions().forEach(c -> bad(c, where, " listener " + listener.name(), lines, ""));
      }
    }
    translation.listenerSetStatuses().forEach((key, status) -> {
      String where = where(key, loaded);
      status.conditions().forEach(c -> bad(c, where, "", lines, ""));
      status.listeners().forEach(l -> l.conditions().forEach(c -> bad(c, where, " listener " + l.name(), lines, "")));
    });
    translation.routeStatuses().forEach((key, status) -> {
      String where = where(key, loaded);
      status.parents().forEach(parent -> parent.conditions().forEach(c -> bad(c, where, "", lines,
          " (parent Gateway " + parent.parentRef().namespace().map(n -> n + "/").orElse("") + parent.parentRef().name()
              + parent.parentRef().sectionName().map(s -> " listener " + s).orElse("") + ")")));
    });
    translation.listenerRuleConfigurationStatuses().forEach((key, status) -> {
      if (status.accepted().isPresent() && !status.accepted().get()) {
        lines.add(where(key, loaded) + ": not accepted: " + status.message().orElse(""));
      }
    });
    return lines;
  }

  /** The declared deviations, as notes: where the ALB differs from the Gateway API spec. */
  static List<String> notes(Translation translation, LoadResult loaded) {
    List<String> lines = new ArrayList<>();
    for (Diagnostic diagnostic : translation.diagnostics()) {
      lines.add(location(diagnostic.object(), loaded) + " note: " + diagnostic.object().display()
          + (diagnostic.path().isEmpty() ? "" : " " + diagnostic.path()) + ": " + diagnostic.code() + ": "
          + diagnostic.message());
    }
    return lines;
  }

  private static void bad(Condition condition, String where, String part, List<String> lines, String parent) {
    if (FailedConditions.failed(condition)) {
      lines.add(where + part + parent + ": " + FailedConditions.describe(condition));
    }
  }

  private static String where(ObjectKey key, LoadResult loaded) {
    return location(key, loaded) + " " + key.display();
  }

  private static String location(ObjectKey key, LoadResult loaded) {
    return loaded.location(key).map(SourceLocation::render).orElse("(not in the manifests)") + ":";
  }
}
