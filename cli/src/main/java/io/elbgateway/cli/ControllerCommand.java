/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import io.elbgateway.k8s.GatewayController;
import io.elbgateway.sync.aws.AwsClients;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code controller}: runs the Kubernetes adapter ({@link GatewayController}) against a real cluster
 * and a real AWS account until the process is stopped.
 */
@Command(
    name = "controller",
    description = {
      "Runs the Kubernetes adapter against a real cluster (--kubeconfig, else KUBECONFIG or ~/.kube/config, "
          + "else in-cluster when run in a pod) and a real AWS account (default credential chain): watches Gateway "
          + "API objects, translates, syncs AWS and writes statuses back, until stopped (Ctrl-C, SIGTERM).",
      "Replicas elect a leader through a Lease (namespace $POD_NAMESPACE or default); only the leader syncs."
    },
    footer = {
      "  elbgateway controller --cluster-name prod --region eu-west-1 --managed-security-group sg-0123456789abcdef0",
      "  elbgateway controller --kubeconfig ~/.kube/dev.yaml --cluster-name dev --no-leader-election"
    },
    exitCodeList = {"0:stopped", "2:usage error", "3:the cluster or AWS cannot be reached, or the cluster serves no Gateway API"})
final class ControllerCommand extends CliCommand {

  @Option(names = "--kubeconfig", paramLabel = "FILE", description = "The kubeconfig (default: KUBECONFIG, ~/.kube/config, or in-cluster).")
  Path kubeconfig;

  @Option(names = "--cluster-name", defaultValue = "elbgateway", paramLabel = "NAME", description = "The cluster's name in AWS names and ownership tags (default: ${DEFAULT-VALUE}).")
  String clusterName;

  @Mixin AwsOptions aws = new AwsOptions();

  @Option(names = "--no-leader-election", description = "Reconcile without electing a leader (one replica only).")
  boolean noLeaderElection;

  @Override
  public Integer call() throws InterruptedException {
    AwsAccount account = aws.connect();
    KubernetesClient kubernetes;
    try {
      kubernetes = kubeconfig == null
          ? new KubernetesClientBuilder().build()
          : new KubernetesClientBuilder().withConfig(Config.fromKubeconfig(Files.readString(kubeconfig, StandardCharsets.UTF_8))).build();
    } catch (IOException | RuntimeException e) {
      account.close();
      throw new CliError(ExitCodes.AWS_OR_CLUSTER_ERROR, "cannot read the kubeconfig " + kubeconfig + ": " + firstLine(e), e);
    }
    AwsClients clients = account.clients();
    GatewayController controller = GatewayController.builder()
        .kubernetesClient(kubernetes)
        .elbv2(clients.elbv2())
        .wafv2(clients.wafv2().orElseThrow())
        .acm(clients.acm().orElseThrow())
        .shield(clients.shield().orElseThrow())
        .clusterName(clusterName)
        .network(aws.network())
        .leaderElection(!noLeaderElection)
        .build();
    try {
      controller.start();
    } catch (RuntimeException e) {
      kubernetes.close();
      account.close();
      throw new CliError(ExitCodes.AWS_OR_CLUSTER_ERROR, "the controller cannot run against the cluster at "
          + kubernetes.getMasterUrl() + ": " + firstLine(e), e);
    }
    console().err().println("elbgateway controller running for cluster " + clusterName + " at " + kubernetes.getMasterUrl()
        + ", " + account.describe() + (noLeaderElection ? "" : " (syncs while it leads)") + "; stop it with Ctrl-C");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      controller.stop();
      kubernetes.close();
      account.close();
      stopped.countDown();
    }, "elbgateway-shutdown"));
    stopped.await();
    return ExitCodes.OK;
  }

  private static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    return message.lines().findFirst().orElse(message);
  }
}
