/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import io.elbgateway.model.elb.ElbStack;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where plan and apply go: {@code --state FILE} (the default target) or {@code --aws}. */
final class TargetOptions {

  @Option(
      names = "--state",
      paramLabel = "FILE",
      description = "The state file of the built-in in-memory AWS (default: .elbgateway/state.json).")
  Path state;

  @Option(names = "--aws", description = "Plan against a real AWS account (default credential chain) instead.")
  boolean aws;

  @Mixin AwsOptions account = new AwsOptions();

  /** Opens the chosen target; {@code hints} are the desired stacks (the in-memory Region and ACLs). */
  Target open(String clusterName, List<ElbStack> hints) {
    if (aws) {
      if (state != null) {
        throw new CliError(ExitCodes.USAGE, "--state is for the built-in in-memory AWS; leave it out with --aws");
      }
      return AwsTarget.open(account, clusterName);
    }
    if (account.realAccountOptions()) {
      throw new CliError(ExitCodes.USAGE, "--profile and --managed-security-group need --aws");
    }
    return InMemoryTarget.open(
        state == null ? Path.of(".elbgateway", "state.json") : state, account.region(), clusterName, hints);
  }
}
