/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.codec.ModelMappers;
import io.elbgateway.testkit.golden.GoldenFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every example under {@code examples/} (but the published walk-through, kept with its slips) has a
 * README, validates with zero errors, translates and plans as its golden files say, plans cleanly
 * against the built-in AWS (no problem, no failure), applies, and then plans no changes. Golden files
 * are under {@code src/test/resources/golden/examples/}; {@code -Delbgateway.golden.update=true}
 * rewrites them.
 */
class ExamplesTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/examples");

  @TempDir Path dir;

  static List<String> examples() throws IOException {
    try (Stream<Path> folders = Files.list(CliRun.EXAMPLES)) {
      return folders.filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(name -> !name.equals("seed-as-published"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void everyExampleTheIssueAsksForIsThere() throws IOException {
    assertThat(examples()).contains("seed", "https-redirect", "canary", "header-routing", "multi-team", "grpc", "oidc", "nlb-tcp-udp");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void hasAReadme(String example) {
    assertThat(CliRun.EXAMPLES.resolve(example).resolve("README.md")).isRegularFile();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void validatesWithZeroErrors(String example) {
    CliRun.Result result = CliRun.run("validate", "-f", CliRun.example(example));

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("0 errors, 0 warnings");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void translatesAsItsGoldenFileSays(String example) {
    CliRun.Result result = CliRun.run("translate", "-f", CliRun.example(example));

    assertThat(result.exitCode()).as(result.toString()).isZero();
    GoldenFiles.assertMatches(GOLDEN.resolve(example).resolve("translate.yaml"), result.out());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void itsMapShowsEveryListenerRuleAndTargetGroupOfItsTranslation(String example) {
    JsonNode translation = ModelMappers.json().readTree(CliRun.run("translate", "-f", CliRun.example(example), "-o", "json").out());
    CliRun.Result map = CliRun.run("map", "-f", CliRun.example(example), "-o", "svg");

    assertThat(map.exitCode()).as(map.toString()).isZero();
    assertThat(map.out()).doesNotContain("node rule failed").doesNotContain("node listener failed");
    for (JsonNode stack : translation.get("stacks")) {
      for (JsonNode listener : stack.get("Listeners")) {
        assertThat(map.out()).contains(">" + listener.get("Protocol").asString() + ":" + listener.get("Port").asInt() + "</text>");
      }
      if (stack.has("Rules")) {
        for (JsonNode rule : stack.get("Rules")) {
          assertThat(map.out()).contains(">Priority " + rule.get("Priority").asInt() + "</text>");
        }
      }
      for (JsonNode targetGroup : stack.get("TargetGroups")) {
        assertThat(map.out()).contains(">" + targetGroup.get("TargetGroupName").asString() + "</text>");
      }
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void plansCleanlyAsItsGoldenFileSaysThenAppliesAndPlansNoChanges(String example) {
    String state = dir.resolve("state.json").toString();
    CliRun.Result plan = CliRun.run("plan", "-f", CliRun.example(example), "--state", state);

    assertThat(plan.exitCode()).as(plan.toString()).isZero();
    assertThat(plan.out()).doesNotContain("\n! ").doesNotContain("Not translated").contains("Plan: ");
    GoldenFiles.assertMatches(GOLDEN.resolve(example).resolve("plan.txt"), plan.out().replace(state, "STATE"));

    CliRun.Result apply = CliRun.run("apply", "-f", CliRun.example(example), "--state", state, "--yes");
    assertThat(apply.exitCode()).as(apply.toString()).isZero();
    assertThat(apply.out()).contains("Apply complete").containsPattern("\\.elb\\.amazonaws\\.com");
    assertThat(CliRun.run("plan", "-f", CliRun.example(example), "--state", state).out())
        .contains("No changes: AWS matches the manifests.");
  }
}
