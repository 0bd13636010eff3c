/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code controller}: documented; wired to the adapter's GatewayController, it reaches AWS through
 * the default credential chain and the cluster through the kubeconfig, and each one missing is a
 * clear error with exit code 3 (no cluster here: the kubeconfig points at a closed port, which
 * fabric8 retries with backoff for about 20 s before the controller gives up).
 */
class ControllerCommandTest {

  @TempDir Path dir;

  @RegisterExtension final NoAws noAws = new NoAws();

  private String kubeconfig() throws IOException {
    Path file = dir.resolve("kubeconfig");
    Files.writeString(file, String.join("\n",
        "apiVersion: v1",
        "kind: Config",
        "clusters: [{name: none, cluster: {server: 'https://127.0.0.1:1', insecure-skip-tls-verify: true}}]",
        "users: [{name: none, user: {token: not-a-real-token}}]",
        "contexts: [{name: none, context: {cluster: none, user: none}}]",
        "current-context: none", ""));
    return file.toString();
  }

  @Test
  void aClusterThatCannotBeReachedIsExitCode3WithoutAStackTrace() throws IOException {
    noAws.withFakeKeys();

    CliRun.Result result = CliRun.run("controller", "--kubeconfig", kubeconfig(), "--region", "eu-west-1", "--cluster-name", "prod");

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.AWS_OR_CLUSTER_ERROR);
    assertThat(result.err()).startsWith("error: the controller cannot run against the cluster at https://127.0.0.1:1/")
        .doesNotContain("\tat ").doesNotContain("not-a-real-token").doesNotContain("wJalrXUtnFEMI");
  }

  @Test
  void withoutAwsCredentialsItSaysWhatToSet() throws IOException {
    CliRun.Result result = CliRun.run("controller", "--kubeconfig", kubeconfig(), "--region", "eu-west-1");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.AWS_OR_CLUSTER_ERROR);
    assertThat(result.err()).startsWith("error: no AWS credentials").doesNotContain("\tat ");
  }

  @Test
  void debugShowsTheStackTrace() throws IOException {
    CliRun.Result result = CliRun.run("controller", "--kubeconfig", kubeconfig(), "--region", "eu-west-1", "--debug");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.AWS_OR_CLUSTER_ERROR);
    assertThat(result.err()).contains("\tat io.elbgateway.cli.AwsAccount.connect").contains("\tat io.elbgateway.cli.ControllerCommand.call");
  }

  @Test
  void isDocumented() {
    CliRun.Result result = CliRun.run("controller", "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Runs the Kubernetes adapter against a real cluster").contains("--kubeconfig")
        .contains("--no-leader-election").contains("--managed-security-group");
  }
}
