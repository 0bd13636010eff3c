/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.codec;

import io.elbgateway.model.meta.KubernetesObject;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The manifest check: reads the given files and directories with the model's kinds, prints every
 * problem (sorted by file and line) and a summary, and exits 0 without errors, 1 with any error, 2
 * on a usage error.
 */
public final class ManifestCheck {

  /** Exit code: no error. */
  public static final int OK = 0;

  /** Exit code: at least one problem is an error. */
  public static final int ERRORS = 1;

  /** Exit code: called wrongly. */
  public static final int USAGE = 2;

  private static final Comparator<Problem> BY_PLACE =
      Comparator.comparing((Problem p) -> p.location().source())
          .thenComparingInt(p -> p.location().line());

  private ManifestCheck() {}

  /** Runs the check on the paths in {@code args} and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(List.of(args), System.out));
  }

  /** Checks the paths in {@code args} with {@link KindRegistry#standard()}; returns the exit code. */
  public static int run(List<String> args, PrintStream out) {
    return run(KindRegistry.standard(), args, out);
  }

  /** Checks the paths in {@code args} with the kinds of {@code registry}; returns the exit code. */
  public static int run(KindRegistry registry, List<String> args, PrintStream out) {
    if (args.isEmpty() || args.stream().anyMatch(String::isBlank)) {
      out.println("usage: ManifestCheck <file or directory>...");
      out.println("Reads Kubernetes manifests (.yaml, .yml, .json) and reports every problem.");
      return USAGE;
    }
    List<Path> paths = new ArrayList<>();
    for (String arg : args) {
      try {
        paths.add(Path.of(arg));
      } catch (InvalidPathException e) {
        out.println("not a valid path: " + arg);
        return USAGE;
      }
    }
    LoadResult result = ManifestReader.of(registry).read(paths);
    result.problems().stream()
        .sorted(BY_PLACE)
        .forEach(p -> out.println(p.report()));
    out.println(summary(result.objects()));
    out.println(count(result.errorCount(), "error") + ", " + count(result.warningCount(), "warning"));
    return result.hasErrors() ? ERRORS : OK;
  }

  /** {@code Loaded 3 objects: 2 Gateway, 1 HTTPRoute}, kinds in the order first read. */
  static String summary(List<KubernetesObject> objects) {
    Map<String, Integer> perKind = new LinkedHashMap<>();
    objects.forEach(o -> perKind.merge(o.kind(), 1, Integer::sum));
    String kinds =
        perKind.entrySet().stream()
            .map(e -> e.getValue() + " " + e.getKey())
            .collect(Collectors.joining(", "));
    return "Loaded " + count(objects.size(), "object") + (kinds.isEmpty() ? "" : ": " + kinds);
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
