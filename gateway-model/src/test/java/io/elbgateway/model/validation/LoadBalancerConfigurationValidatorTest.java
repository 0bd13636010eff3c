/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import static io.elbgateway.model.TestManifests.read;
import static io.elbgateway.model.validation.AwsFixtures.withSpec;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.aws.LoadBalancerConfiguration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoadBalancerConfigurationValidatorTest {

  private static List<Violation> validate(LoadBalancerConfiguration lbc) {
    return AwsFixtures.validate(lbc, new LoadBalancerConfigurationValidator());
  }

  private static List<Violation> validateSpec(String specYaml) {
    return validate(withSpec(LoadBalancerConfiguration.class, specYaml));
  }

  private static Violation only(List<Violation> violations) {
    assertThat(violations).as(AwsFixtures.paths(violations)).hasSize(1);
    return violations.get(0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "seed-loadbalancerconfiguration.yaml",
        "full-loadbalancerconfiguration.yaml",
        "nlb-loadbalancerconfiguration.yaml"
      })
  void realisticManifestsAreValid(String name) {
    List<Violation> violations = validate(read("aws/" + name, LoadBalancerConfiguration.class));

    assertThat(violations).as(AwsFixtures.paths(violations)).isEmpty();
  }

  @Test
  void loadBalancerNameMustNotBeEmpty() {
    Violation v = only(validateSpec("loadBalancerName: \"\""));

    assertThat(v.path()).hasToString(".spec.loadBalancerName");
    assertThat(v.message()).isEqualTo("must not be empty");
  }

  @Test
  void loadBalancerNameHasAtMost32Characters() {
    assertThat(validateSpec("loadBalancerName: " + "a".repeat(32))).isEmpty();
    Violation v = only(validateSpec("loadBalancerName: " + "a".repeat(33)));

    assertThat(v.path()).hasToString(".spec.loadBalancerName");
    assertThat(v.message()).contains("at most 32 characters (has 33)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https:443", "HTTPS-443", "HTTPS:0", "HTTPS:65536", "HTTPS:0443", "QUIC:443", "\"\""})
  void protocolPortMustMatchThePattern(String protocolPort) {
    Violation v = only(validateSpec("listenerConfigurations:\n- protocolPort: " + protocolPort));

    assertThat(v.path()).hasToString(".spec.listenerConfigurations[0].protocolPort");
  }

  @ParameterizedTest
  @ValueSource(strings = {"HTTPS:443", "TCP_UDP:53", "\":8080\"", "\"TLS:\"", "UDP:65535"})
  void protocolPortAcceptsWhatThePatternAccepts(String protocolPort) {
    assertThat(validateSpec("listenerConfigurations:\n- protocolPort: " + protocolPort)).isEmpty();
  }

  @Test
  void protocolPortMessageNamesTheValue() {
    Violation v = only(validateSpec("listenerConfigurations:\n- protocolPort: HTTPS-443"));

    assertThat(v.message()).contains("\"HTTPS-443\" is not a valid protocolPort");
  }

  @Test
  void verifyModeRequiresTrustStore() {
    Violation v =
        only(
            validateSpec(
                """
                listenerConfigurations:
                - protocolPort: HTTPS:443
                  mutualAuthentication: {mode: verify}
                """));

    assertThat(v.path())
        .hasToString(".spec.listenerConfigurations[0].mutualAuthentication.trustStore");
    assertThat(v.message()).contains("required").contains("verify");
  }

  @Test
  void trustStoreIsOnlyAllowedInVerifyMode() {
    Violation v =
        only(
            validateSpec(
                """
                listenerConfigurations:
                - protocolPort: HTTPS:443
                  mutualAuthentication: {mode: passthrough, trustStore: ts}
                """));

    assertThat(v.path())
        .hasToString(".spec.listenerConfigurations[0].mutualAuthentication.trustStore");
    assertThat(v.message()).contains("only be set when mode is verify (mode is passthrough)");
  }

  @Test
  void ignoreClientCertificateExpiryIsOnlyAllowedInVerifyMode() {
    Violation v =
        only(
            validateSpec(
                """
                listenerConfigurations:
                - protocolPort: HTTPS:443
                  mutualAuthentication: {mode: "off", ignoreClientCertificateExpiry: true}
                """));

    assertThat(v.path())
        .hasToString(
            ".spec.listenerConfigurations[0].mutualAuthentication.ignoreClientCertificateExpiry");
  }

  @Test
  void advertiseTrustStoreCaNamesIsOnlyAllowedInVerifyMode() {
    Violation v =
        only(
            validateSpec(
                """
                listenerConfigurations:
                - protocolPort: HTTPS:443
                  mutualAuthentication: {mode: "off", advertiseTrustStoreCaNames: "on"}
                """));

    assertThat(v.path())
        .hasToString(
            ".spec.listenerConfigurations[0].mutualAuthentication.advertiseTrustStoreCaNames");
  }

  @Test
  void verifyModeAllowsEveryMtlsField() {
    assertThat(
            validateSpec(
                """
                listenerConfigurations:
                - protocolPort: HTTPS:443
                  mutualAuthentication:
                    mode: verify
                    trustStore: ts
                    ignoreClientCertificateExpiry: true
                    advertiseTrustStoreCaNames: "off"
                """))
        .isEmpty();
  }

  @Test
  void sourceRangesMustBeCidrs() {
    List<Violation> violations =
        validateSpec("sourceRanges: [10.0.0.0/8, 10.0.0.1, \"2001:db8::/129\"]");

    assertThat(violations)
        .extracting(v -> v.path().toString())
        .containsExactly(".spec.sourceRanges[1]", ".spec.sourceRanges[2]");
    assertThat(violations.get(0).message()).contains("\"10.0.0.1\" is not a valid CIDR");
  }

  @Test
  void subnetEntriesMustSetTheSameFields() {
    Violation v =
        only(
            validateSpec(
                """
                loadBalancerSubnets:
                - {identifier: subnet-1, eipAllocation: eipalloc-1}
                - {identifier: subnet-2}
                """));

    assertThat(v.path()).hasToString(".spec.loadBalancerSubnets[1].eipAllocation");
    assertThat(v.message()).contains("on every loadBalancerSubnets entry or on none");
  }

  @Test
  void subnetIdentifierMixIsReported() {
    Violation v =
        only(
            validateSpec(
                """
                loadBalancerSubnets:
                - {privateIPv4Allocation: 10.0.0.10}
                - {identifier: subnet-2, privateIPv4Allocation: 10.0.1.10}
                """));

    assertThat(v.path()).hasToString(".spec.loadBalancerSubnets[1].identifier");
  }

  @Test
  void emptySubnetIdentifierCountsAsUnset() {
    assertThat(
            validateSpec(
                """
                loadBalancerSubnets:
                - {identifier: "", ipv6Allocation: "2001:db8::10"}
                - {ipv6Allocation: "2001:db8:1::10"}
                """))
        .isEmpty();
  }

  @Test
  void quicNeedsUdpOrTcpUdpListener() {
    Violation v =
        only(validateSpec("listenerConfigurations:\n- {protocolPort: \"TLS:443\", quicEnabled: true}"));

    assertThat(v.path()).hasToString(".spec.listenerConfigurations[0].quicEnabled");
    assertThat(v.message()).contains("not TLS");
    assertThat(validateSpec("listenerConfigurations:\n- {protocolPort: \"UDP:443\", quicEnabled: true}"))
        .isEmpty();
  }

  @Test
  void repeatedProtocolPortIsAWarning() {
    Violation v =
        only(
            validateSpec(
                "listenerConfigurations:\n- protocolPort: HTTPS:443\n- protocolPort: HTTPS:443"));

    assertThat(v.path()).hasToString(".spec.listenerConfigurations[1].protocolPort");
    assertThat(v.severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void tagKeysAndValuesFollowAwsLimits() {
    List<Violation> violations =
        validateSpec(
            "tags:\n  aws:owner: x\n  "
                + "k".repeat(129)
                + ": x\n  long: "
                + "v".repeat(257)
                + "\n  ok: \"\"");

    assertThat(violations).extracting(v -> v.path().toString()).containsOnly(".spec.tags");
    assertThat(violations)
        .extracting(Violation::message)
        .anySatisfy(m -> assertThat(m).contains("reserved prefix \"aws:\""))
        .anySatisfy(m -> assertThat(m).contains("at most 128 characters (has 129)"))
        .anySatisfy(m -> assertThat(m).contains("value of tag \"long\"").contains("(has 257)"))
        .hasSize(3);
  }
}
