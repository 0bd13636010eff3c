/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import static io.elbgateway.model.TestManifests.read;
import static io.elbgateway.model.validation.AwsFixtures.withSpec;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.aws.TargetGroupConfiguration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetGroupConfigurationValidatorTest {

  private static List<Violation> validate(TargetGroupConfiguration tgc) {
    return AwsFixtures.validate(tgc, new TargetGroupConfigurationValidator());
  }

  private static List<Violation> validateSpec(String specYaml) {
    return validate(withSpec(TargetGroupConfiguration.class, specYaml));
  }

  private static Violation only(List<Violation> violations) {
    assertThat(violations).as(AwsFixtures.paths(violations)).hasSize(1);
    return violations.get(0);
  }

  @Test
  void fullManifestIsValid() {
    List<Violation> violations =
        validate(read("aws/full-targetgroupconfiguration.yaml", TargetGroupConfiguration.class));

    assertThat(violations).as(AwsFixtures.paths(violations)).isEmpty();
  }

  @Test
  void seedLowercaseHealthCheckProtocolIsReportedAsTheApiServerWould() {
    Violation v =
        only(validate(read("aws/seed-targetgroupconfiguration.yaml", TargetGroupConfiguration.class)));

    assertThat(v.path())
        .hasToString(".spec.defaultConfiguration.healthCheckConfig.healthCheckProtocol");
    assertThat(v.severity()).isEqualTo(Severity.ERROR);
    assertThat(v.message())
        .startsWith("Unsupported value: \"http\": supported values: \"HTTP\", \"HTTPS\", \"TCP\"")
        .endsWith("(the enum is case-sensitive: write HTTP)");
  }

  @Test
  void unknownHealthCheckProtocolIsReportedWithoutHint() {
    Violation v =
        only(
            validateSpec(
                """
                routeConfigurations:
                - routeIdentifier: {kind: TCPRoute}
                  targetGroupProps:
                    healthCheckConfig: {healthCheckProtocol: UDP}
                """));

    assertThat(v.path())
        .hasToString(
            ".spec.routeConfigurations[0].targetGroupProps.healthCheckConfig.healthCheckProtocol");
    assertThat(v.message()).contains("\"UDP\"").doesNotContain("case-sensitive");
  }

  @Test
  void routeIdentifierWithoutKindIsAWarning() {
    Violation v =
        only(
            validateSpec(
                "routeConfigurations:\n- routeIdentifier: {namespace: shop}\n"
                    + "  targetGroupProps: {targetType: ip}"));

    assertThat(v.path()).hasToString(".spec.routeConfigurations[0].routeIdentifier.kind");
    assertThat(v.severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void routeIdentifierWithNonRouteKindIsAWarning() {
    Violation v =
        only(
            validateSpec(
                "routeConfigurations:\n- routeIdentifier: {kind: Service}\n"
                    + "  targetGroupProps: {targetType: ip}"));

    assertThat(v.path()).hasToString(".spec.routeConfigurations[0].routeIdentifier.kind");
    assertThat(v.message()).contains("\"Service\" is not a route kind");
  }

  @Test
  void routeIdentifierNameNeedsNamespace() {
    Violation v =
        only(
            validateSpec(
                "routeConfigurations:\n- routeIdentifier: {kind: HTTPRoute, name: web}\n"
                    + "  targetGroupProps: {targetType: ip}"));

    assertThat(v.path()).hasToString(".spec.routeConfigurations[0].routeIdentifier.namespace");
    assertThat(v.severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void repeatedRouteIdentifierIsAWarning() {
    Violation v =
        only(
            validateSpec(
                """
                routeConfigurations:
                - routeIdentifier: {kind: HTTPRoute, namespace: shop}
                  targetGroupProps: {targetType: ip}
                - routeIdentifier: {kind: HTTPRoute, namespace: shop}
                  targetGroupProps: {targetType: instance}
                """));

    assertThat(v.path()).hasToString(".spec.routeConfigurations[1].routeIdentifier");
    assertThat(v.message()).contains("routeConfigurations[0]");
  }

  @Test
  void targetGroupTagsFollowAwsLimits() {
    Violation v =
        only(
            validateSpec(
                """
                routeConfigurations:
                - routeIdentifier: {kind: HTTPRoute}
                  targetGroupProps:
                    tags: {"aws:cluster": x}
                """));

    assertThat(v.path()).hasToString(".spec.routeConfigurations[0].targetGroupProps.tags");
    assertThat(v.message()).contains("reserved prefix");
  }

  @Test
  void healthCheckNumbersAreLeftToTheTranslator() {
    assertThat(
            validateSpec(
                "defaultConfiguration:\n  healthCheckConfig: {healthCheckInterval: 1000, "
                    + "healthyThresholdCount: 0}"))
        .isEmpty();
  }
}
