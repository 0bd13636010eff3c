/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import io.elbgateway.model.codec.LoadResult;
import io.elbgateway.model.codec.Problem;
import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.translate.Translation;
import io.elbgateway.translate.Translator;
import io.elbgateway.translate.TranslatorOptions;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Manifests as read, and their translation for one cluster. */
final class Manifests {

  private static final Comparator<Problem> BY_PLACE =
      Comparator.comparing((Problem p) -> p.location().source()).thenComparingInt(p -> p.location().line());

  private final LoadResult loaded;
  private final ClusterSnapshot snapshot;
  private final Translator translator;

  Manifests(LoadResult loaded, String clusterName) {
    this.loaded = loaded;
    this.snapshot = ClusterSnapshot.of(loaded.objects());
    this.translator =
        Translator.builder().options(TranslatorOptions.builder().clusterName(clusterName).build()).build();
  }

  LoadResult loaded() {
    return loaded;
  }

  ClusterSnapshot snapshot() {
    return snapshot;
  }

  /** Every reading problem, by file and line, as {@code file:line: Kind ns/name .field: message}. */
  List<String> problemReports() {
    return loaded.problems().stream().sorted(BY_PLACE).map(Problem::report).collect(Collectors.toList());
  }

  /**
   * Stops with exit code 1 after printing the reading errors, when there are any: an object with an
   * error is left out, so translating the rest would show a picture the user did not write.
   */
  void requireNoErrors(Console console) {
    if (loaded.hasErrors()) {
      problemReports().forEach(console.err()::println);
      throw new CliError(
          ExitCodes.INVALID_INPUT,
          loaded.errorCount() + " invalid " + (loaded.errorCount() == 1 ? "object" : "objects")
              + " in the manifests; run elbgateway validate for the full report");
    }
  }

  /** The translation, laying out rule priorities afresh. */
  Translation translate() {
    return translator.translate(snapshot);
  }

  /** The translation, keeping the rule priorities of the stacks applied before where they can stay. */
  Translation translate(List<ElbStack> previous) {
    if (previous.isEmpty()) {
      return translate();
    }
    return translator.translate(snapshot, Optional.of(Translation.builder().addAllStacks(previous).build()));
  }
}
