/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import io.elbgateway.sync.resolve.StaticNetwork;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --region}, {@code --profile} and {@code --managed-security-group}: which real account, how. */
final class AwsOptions {

  @Option(
      names = "--region",
      paramLabel = "REGION",
      description = "The AWS Region (default: from the environment or AWS profile; the built-in AWS: from the manifests' ARNs, else us-west-2).")
  String region;

  @Option(names = "--profile", paramLabel = "PROFILE", description = "The AWS profile to use (real accounts only).")
  String profile;

  @Option(
      names = "--managed-security-group",
      paramLabel = "SG_ID",
      description = "The security group that stands for the one elbgateway would manage (real accounts only).")
  String managedSecurityGroup;

  Optional<String> region() {
    return Optional.ofNullable(region);
  }

  /** The account's clients; see {@link AwsAccount#connect} for the errors. */
  AwsAccount connect() {
    return AwsAccount.connect(region(), Optional.ofNullable(profile));
  }

  /** Subnet and security group IDs as given, the managed group as {@code --managed-security-group}. */
  StaticNetwork network() {
    return managedSecurityGroup == null
        ? StaticNetwork.idsOnly()
        : StaticNetwork.idsOnly().withManagedSecurityGroup(managedSecurityGroup);
  }

  /** Whether an option that only a real account uses was given. */
  boolean realAccountOptions() {
    return profile != null || managedSecurityGroup != null;
  }
}
