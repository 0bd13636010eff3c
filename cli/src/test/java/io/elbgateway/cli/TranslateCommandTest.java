/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.codec.ModelMappers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code translate}: the desired ELB state in AWS CLI field names and every status. */
class TranslateCommandTest {

  @Test
  void theSeedTranslatesIntoAwsCliShapedJson() {
    CliRun.Result result = CliRun.run("translate", "-f", CliRun.example("seed"), "-o", "json");

    assertThat(result.exitCode()).as(result.toString()).isZero();
    JsonNode document = ModelMappers.json().readTree(result.out());
    JsonNode stack = document.get("stacks").get(0);
    assertThat(stack.toString()).contains("\"LoadBalancerName\"").contains("\"Priority\"").contains("\"PathPatternConfig\"");
    assertThat(document.get("gateways").has("kube-system/aws-alb-gateway")).isTrue();
    assertThat(document.get("routes").has("HTTPRoute my-web/my-web")).isTrue();
  }

  @Test
  void yamlIsTheDefault() {
    CliRun.Result result = CliRun.run("translate", "-f", CliRun.example("seed"));

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("stacks:").contains("routes:").contains("diagnostics:");
  }

  @Test
  void invalidManifestsStopWithTheReportAndExitCode1() {
    CliRun.Result result = CliRun.run("translate", "-f", CliRun.example("seed-as-published"));

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).contains("60-targetgroupconfiguration.yaml:17:").contains("run elbgateway validate").doesNotContain("\tat ");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    CliRun.Result result = CliRun.run("translate", "-f", CliRun.example("seed"), "-o", "xml");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("xml");
  }
}
