/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's two commands stay what they promise: the first builds the jar and plans the seed
 * against the in-memory AWS (the line after it draws the map), the second is exactly what
 * {@code .ci/run} runs; and the commands the README shows run as it says.
 */
class ReadmeTest {

  private static List<String> twoCommandsBlocks() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String section = readme.substring(readme.indexOf("## Two commands"), readme.indexOf("## Five minutes"));
    Matcher block = Pattern.compile("```sh\n(.*?)```", Pattern.DOTALL).matcher(section);
    List<String> blocks = new java.util.ArrayList<>();
    while (block.find()) {
      blocks.add(block.group(1).trim());
    }
    return blocks;
  }

  @Test
  void theFirstCommandBuildsTheJarAndPlansTheSeedThenDrawsItsMap() throws IOException {
    List<String> lines = twoCommandsBlocks().get(0).lines().toList();

    assertThat(lines.get(0)).isEqualTo(
        "./mvnw -B -q -pl cli -am package -DskipTests && java -jar cli/target/elbgateway.jar plan -f examples/seed");
    assertThat(lines.get(1)).isEqualTo("java -jar cli/target/elbgateway.jar map -f examples/seed -o html --out seed-map.html");
  }

  @Test
  void theSecondCommandIsWhatCiRuns() throws IOException {
    String test = twoCommandsBlocks().get(1);
    List<String> ci = Files.readAllLines(Path.of("..", ".ci", "run"));

    assertThat(test).isEqualTo("./mvnw -B clean verify");
    assertThat(ci.get(ci.size() - 1)).isEqualTo(test);
  }

  @Test
  void theCommandsOfTheFirstBlockRunAsTheReadmeSays(@TempDir Path dir) {
    CliRun.Result plan = CliRun.run("plan", "-f", CliRun.example("seed"), "--state", dir.resolve("state.json").toString());
    assertThat(plan.exitCode()).isZero();
    assertThat(plan.out()).contains("Plan: 10 to create, 1 to modify, 0 to delete");
    CliRun.Result validate = CliRun.run("validate", "-f", CliRun.example("seed"));
    assertThat(validate.out()).contains("0 errors, 0 warnings, 2 notes");
  }
}
