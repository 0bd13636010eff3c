/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import io.elbgateway.model.codec.ModelMappers;
import io.elbgateway.model.codec.Problem;
import io.elbgateway.model.validation.Severity;
import io.elbgateway.translate.Translation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code validate}: reads and checks manifests, then reports what the translation refuses. */
@Command(
    name = "validate",
    description = {
      "Reads the manifests, checks every object against its API server's schema, translates them and "
          + "reports every problem as file:line: Kind namespace/name .field: message.",
      "Exit code 1 when anything is invalid: a schema error, or an object the translation refuses "
          + "(a route whose parent does not exist, a rule ALB cannot do)."
    },
    footer = {
      "  elbgateway validate -f examples/seed",
      "  elbgateway validate -f examples/seed-as-published     # shows the published walk-through's slips",
      "  elbgateway validate -f gateway.yaml -f routes/ -o json"
    },
    exitCodeList = {"0:valid", "1:invalid input", "2:usage error"})
final class ValidateCommand extends CliCommand {

  @Mixin ManifestOptions manifests;

  @Option(names = {"-o", "--output"}, defaultValue = "text", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
  TextOrJson output;

  @Override
  public Integer call() {
    Manifests read = manifests.read();
    Translation translation = read.translate();
    List<Problem> problems = read.loaded().problems();
    List<String> readErrors = reports(read, Severity.ERROR);
    List<String> warnings = reports(read, Severity.WARNING);
    List<String> refused = StatusProblems.errors(translation, read.loaded());
    List<String> notes = StatusProblems.notes(translation, read.loaded());
    int errors = readErrors.size() + refused.size();
    if (output == TextOrJson.json) {
      Map<String, Object> report = new LinkedHashMap<>();
      report.put("valid", errors == 0);
      report.put("objects", read.loaded().objects().size());
      report.put("errors", readErrors);
      report.put("refused", refused);
      report.put("warnings", warnings);
      report.put("notes", notes);
      console().out().println(ModelMappers.json().writerWithDefaultPrettyPrinter().writeValueAsString(report));
    } else {
      read.problemReports().forEach(console().out()::println);
      refused.forEach(line -> console().out().println(line));
      notes.forEach(console().out()::println);
      Map<String, Long> perKind = read.loaded().objects().stream()
          .collect(Collectors.groupingBy(o -> o.kind(), LinkedHashMap::new, Collectors.counting()));
      console().out().println("Loaded " + count(read.loaded().objects().size(), "object")
          + (perKind.isEmpty() ? "" : ": " + perKind.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))));
      console().out().println(count(errors, "error") + ", " + count(problems.size() - readErrors.size(), "warning")
          + (notes.isEmpty() ? "" : ", " + count(notes.size(), "note")));
    }
    return errors == 0 ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
  }

  private static List<String> reports(Manifests read, Severity severity) {
    return read.loaded().problems().stream().filter(p -> p.severity() == severity).map(Problem::report).collect(Collectors.toList());
  }

  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
