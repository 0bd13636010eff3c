/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import io.elbgateway.model.codec.ModelMappers;
import io.elbgateway.testkit.golden.TranslationDocuments;
import io.elbgateway.translate.Translation;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code translate}: the desired ELB state and every status, as one document. */
@Command(
    name = "translate",
    description = {
      "Translates the manifests and prints the desired ELB state of every Gateway (in the shape of "
          + "aws elbv2 describe-* output: LoadBalancerName, Listeners, Rules with Priority and Conditions, "
          + "TargetGroups) and every status the Gateway API asks for, with the declared deviations.",
      "Reads no AWS account and no cluster."
    },
    footer = {
      "  elbgateway translate -f examples/seed",
      "  elbgateway translate -f examples/seed -o json | jq '.stacks[0].Listeners'"
    },
    exitCodeList = {"0:translated", "1:invalid manifests", "2:usage error"})
final class TranslateCommand extends CliCommand {

  /** The formats of the translation document. */
  enum Format {
    yaml,
    json
  }

  @Mixin ManifestOptions manifests;

  @Option(names = {"-o", "--output"}, defaultValue = "yaml", paramLabel = "FORMAT", description = "yaml or json (default: ${DEFAULT-VALUE}).")
  Format output;

  @Override
  public Integer call() {
    Manifests read = manifests.read();
    read.requireNoErrors(console());
    console().out().print(render(read.translate(), output));
    return ExitCodes.OK;
  }

  /** The document: {@code stacks} (the desired ELB state), then the statuses and diagnostics. */
  static String render(Translation translation, Format format) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("stacks", translation.stacks());
    document.putAll(TranslationDocuments.statusDocument(translation));
    if (format == Format.json) {
      return ModelMappers.json().writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
    }
    return ModelMappers.yaml().writeValueAsString(document);
  }
}
