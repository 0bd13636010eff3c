/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code controller}: runs the Kubernetes adapter against a real cluster. This build has no adapter
 * to run yet: the command says so and exits with code 3.
 */
@Command(
    name = "controller",
    description = {
      "Runs the Kubernetes adapter against a real cluster (kubeconfig, or in-cluster when run in a pod): "
          + "watches Gateway API objects, translates, syncs AWS and writes statuses back.",
      "Not available in this build: the adapter's GatewayController is not part of it yet; the command exits with code 3."
    },
    footer = {
      "  elbgateway controller --cluster-name prod --region eu-west-1",
      "  elbgateway controller --kubeconfig ~/.kube/config --cluster-name dev"
    },
    exitCodeList = {"0:stopped cleanly", "2:usage error", "3:cluster or AWS error (and: not available in this build)"})
final class ControllerCommand extends CliCommand {

  @Option(names = "--kubeconfig", paramLabel = "FILE", description = "The kubeconfig (default: KUBECONFIG, ~/.kube/config, or in-cluster).")
  Path kubeconfig;

  @Option(names = "--cluster-name", defaultValue = "elbgateway", paramLabel = "NAME", description = "The cluster's name in AWS names and ownership tags (default: ${DEFAULT-VALUE}).")
  String clusterName;

  @Option(names = "--region", paramLabel = "REGION", description = "The AWS Region (default: from the environment or profile).")
  String region;

  @Option(names = "--profile", paramLabel = "PROFILE", description = "The AWS profile to use.")
  String profile;

  @Option(
      names = "--managed-security-group",
      paramLabel = "SG_ID",
      description = "The security group that stands for the one elbgateway would manage.")
  String managedSecurityGroup;

  @Override
  public Integer call() {
    throw new CliError(ExitCodes.AWS_OR_CLUSTER_ERROR,
        "the controller is not available in this build: the Kubernetes adapter (k8s-adapter-fabric8) has no "
            + "GatewayController in it yet; validate, translate, plan, apply and map work without a cluster");
  }
}
