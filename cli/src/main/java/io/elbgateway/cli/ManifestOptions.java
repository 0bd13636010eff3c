/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import io.elbgateway.model.codec.KindRegistry;
import io.elbgateway.model.codec.ManifestReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code -f PATH...} and {@code --cluster-name}: which manifests, translated for which cluster. */
final class ManifestOptions {

  @Option(
      names = {"-f", "--filename"},
      required = true,
      arity = "1..*",
      paramLabel = "PATH",
      description = "Manifest files or directories (read recursively: .yaml, .yml, .json).")
  List<Path> paths;

  @Option(
      names = "--cluster-name",
      defaultValue = "elbgateway",
      paramLabel = "NAME",
      description = "The cluster's name, part of every AWS name and ownership tag (default: ${DEFAULT-VALUE}).")
  String clusterName;

  /** Reads the manifests; a path that does not exist is invalid input. */
  Manifests read() {
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new CliError(ExitCodes.INVALID_INPUT, "no such file or directory: " + path);
      }
    }
    return new Manifests(ManifestReader.of(KindRegistry.standard()).read(paths), clusterName);
  }
}
