/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every command has help with examples and exit codes; wrong calls are usage errors (exit 2). */
class HelpTest {

  @ParameterizedTest
  @ValueSource(strings = {"validate", "translate", "plan", "apply", "map", "controller"})
  void everyCommandHasHelpWithExamplesAndExitCodes(String command) {
    CliRun.Result result = CliRun.run(command, "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Usage: elbgateway " + command).contains("Examples:").contains("elbgateway " + command)
        .contains("Exit codes:").contains("--debug");
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "translate", "plan", "apply", "map"})
  void everyCommandSpeaksJsonForMachines(String command) {
    assertThat(CliRun.run(command, "--help").out()).contains("json");
  }

  @Test
  void theTopLevelHelpListsTheCommands() {
    CliRun.Result result = CliRun.run("--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("validate").contains("translate").contains("plan").contains("apply").contains("map")
        .contains("controller").contains("3   AWS or cluster error");
  }

  @Test
  void noCommandOrAnUnknownOptionIsAUsageError() {
    assertThat(CliRun.run().exitCode()).isEqualTo(ExitCodes.USAGE);
    CliRun.Result unknown = CliRun.run("plan", "--frobnicate", "-f", CliRun.example("seed"));
    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(unknown.err()).contains("Unknown option: '--frobnicate'");
  }

  @Test
  void targetOptionsThatDoNotGoTogetherAreUsageErrors() {
    assertThat(CliRun.run("plan", "-f", CliRun.example("seed"), "--aws", "--state", "x.json").exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(CliRun.run("plan", "-f", CliRun.example("seed"), "--profile", "dev").exitCode()).isEqualTo(ExitCodes.USAGE);
  }
}
