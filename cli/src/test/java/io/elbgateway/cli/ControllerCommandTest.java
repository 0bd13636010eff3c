/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code controller}: documented, and in this build a clear refusal with exit code 3. */
class ControllerCommandTest {

  @Test
  void saysItIsNotAvailableInThisBuildWithExitCode3() {
    CliRun.Result result = CliRun.run("controller", "--cluster-name", "prod");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.AWS_OR_CLUSTER_ERROR);
    assertThat(result.err()).startsWith("error: the controller is not available in this build").doesNotContain("\tat ");
  }

  @Test
  void debugShowsTheStackTrace() {
    CliRun.Result result = CliRun.run("controller", "--debug");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.AWS_OR_CLUSTER_ERROR);
    assertThat(result.err()).contains("\tat io.elbgateway.cli.ControllerCommand.call");
  }

  @Test
  void isDocumented() {
    CliRun.Result result = CliRun.run("controller", "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Runs the Kubernetes adapter against a real cluster").contains("--kubeconfig")
        .contains("Not available in this build");
  }
}
