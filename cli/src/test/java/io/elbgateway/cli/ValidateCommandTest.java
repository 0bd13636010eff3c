/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.codec.ModelMappers;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code validate}: reports by file, line, object and field; exit 1 when anything is invalid. */
class ValidateCommandTest {

  @Test
  void theSeedIsValid() {
    CliRun.Result result = CliRun.run("validate", "-f", CliRun.example("seed"));

    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("Loaded 10 objects").contains("0 errors, 0 warnings");
  }

  @Test
  void thePublishedWalkThroughsSlipsAreReportedByFileLineObjectAndField() {
    CliRun.Result result = CliRun.run("validate", "-f", CliRun.example("seed-as-published"));

    assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.out())
        .contains("seed-as-published/60-targetgroupconfiguration.yaml:17: TargetGroupConfiguration my-web/my-web "
            + ".spec.defaultConfiguration.healthCheckConfig.healthCheckProtocol: Unsupported value: \"http\"")
        .contains("seed-as-published/40-httproute.yaml:3: HTTPRoute my-web/my-web (parent Gateway kube-system/my-alb-gateway listener http): "
            + "Accepted=False (NoMatchingParent): .spec.parentRefs[0]: Gateway kube-system/my-alb-gateway does not exist")
        .contains("3 errors");
    assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void jsonSaysWhetherTheManifestsAreValid() {
    CliRun.Result result = CliRun.run("validate", "-f", CliRun.example("seed-as-published"), "-o", "json");

    JsonNode report = ModelMappers.json().readTree(result.out());
    assertThat(report.get("valid").asBoolean()).isFalse();
    assertThat(report.get("errors").size()).isEqualTo(1);
    assertThat(report.get("refused").size()).isEqualTo(2);
    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
  }

  @Test
  void aPathThatDoesNotExistIsInvalidInputWithoutAStackTrace() {
    CliRun.Result result = CliRun.run("validate", "-f", "no/such/dir");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(result.err()).contains("error: no such file or directory: no/such/dir").doesNotContain("\tat ");
  }

  @Test
  void withoutManifestsItIsAUsageError() {
    CliRun.Result result = CliRun.run("validate");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("Missing required option: '--filename=PATH'");
  }
}
