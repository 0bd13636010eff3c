/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import io.elbgateway.cli.render.PlanReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code plan}: the reviewed diff between the manifests and the target; nothing is changed. */
@Command(
    name = "plan",
    description = {
      "Shows what apply would change, like a Terraform plan: + create, ~ modify, - delete, each with the fields it changes, "
          + "and ! for what cannot be done.",
      "By default against the built-in in-memory AWS, whose state is kept in a local file (--state), so that after "
          + "apply the same plan shows no changes. With --aws, against a real account (default credential chain); "
          + "only reads are made."
    },
    footer = {
      "  elbgateway plan -f examples/seed",
      "  elbgateway plan -f examples/seed --state /tmp/demo.json -o json",
      "  elbgateway plan -f deploy/gateway --aws --region eu-west-1 --profile staging"
    },
    exitCodeList = {"0:planned", "1:invalid manifests or state file", "2:usage error", "3:AWS error"})
final class PlanCommand extends CliCommand {

  @Mixin ManifestOptions manifests;

  @Mixin TargetOptions targets;

  @Option(names = {"-o", "--output"}, defaultValue = "text", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
  TextOrJson output;

  @Override
  public Integer call() {
    try (Planning planning = Planning.start(manifests, targets, console())) {
      if (output == TextOrJson.json) {
        console().out().println(PlanReport.json(PlanReport.document(planning.target.describe(), planning.target.notes(), planning.refused, planning.plans)));
      } else {
        console().out().print(PlanReport.text(planning.target.describe(), planning.target.notes(), planning.refused, planning.plans));
      }
      return ExitCodes.OK;
    }
  }
}
