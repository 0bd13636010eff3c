/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import io.elbgateway.model.elb.ElbStack;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

  @Option(names = "--region", paramLabel = "REGION", description = "The AWS Region (default: from the environment or profile; in memory: from the manifests' ARNs, else us-west-2).")
  String region;

  @Option(names = "--profile", paramLabel = "PROFILE", description = "With --aws: the AWS profile to use.")
  String profile;

  @Option(
      names = "--managed-security-group",
      paramLabel = "SG_ID",
      description = "With --aws: the security group that stands for the one elbgateway would manage.")
  String managedSecurityGroup;

  /** Opens the chosen target; {@code hints} are the desired stacks (the in-memory Region and ACLs). */
  Target open(String clusterName, List<ElbStack> hints) {
    if (aws) {
      if (state != null) {
        throw new CliError(ExitCodes.USAGE, "--state is for the built-in in-memory AWS; leave it out with --aws");
      }
      return AwsTarget.open(Optional.ofNullable(region), Optional.ofNullable(profile), Optional.ofNullable(managedSecurityGroup), clusterName);
    }
    if (profile != null || managedSecurityGroup != null) {
      throw new CliError(ExitCodes.USAGE, "--profile and --managed-security-group need --aws");
    }
    return InMemoryTarget.open(
        state == null ? Path.of(".elbgateway", "state.json") : state, Optional.ofNullable(region), clusterName, hints);
  }
}
