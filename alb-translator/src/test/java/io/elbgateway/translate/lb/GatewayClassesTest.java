/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.lb;

import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.translate.status.Problem;
import io.elbgateway.translate.status.Reasons;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GatewayClassesTest {

  private static Optional<Problem> check(String parametersRef) {
    ClusterSnapshot snapshot =
        LbFixtures.read(
            "apiVersion: gateway.networking.k8s.io/v1\n"
                + "kind: GatewayClass\n"
                + "metadata: {name: alb}\n"
                + "spec:\n"
                + "  controllerName: gateway.k8s.aws/alb\n"
                + parametersRef
                + "---\n"
                + "apiVersion: gateway.k8s.aws/v1\n"
                + "kind: LoadBalancerConfiguration\n"
                + "metadata: {name: lbc, namespace: gateway-system}\n"
                + "spec: {scheme: internal}\n");
    return GatewayClasses.check(LbFixtures.gatewayClass(snapshot, "alb"), snapshot);
  }

  @Test
  void aClassWithoutParametersIsAccepted() {
    assertThat(check("")).isEmpty();
  }

  @Test
  void aClassNamingAnExistingConfigurationIsAccepted() {
    assertThat(
            check(
                "  parametersRef: {group: gateway.k8s.aws, kind: LoadBalancerConfiguration, name: lbc,"
                    + " namespace: gateway-system}\n"))
        .isEmpty();
  }

  @Test
  void theSeedClassIsAccepted() {
    ClusterSnapshot seed = LbFixtures.seed();
    assertThat(GatewayClasses.check(LbFixtures.gatewayClass(seed, "aws-alb-gateway-class"), seed)).isEmpty();
  }

  @Test
  void aReferenceOfTheWrongKindIsInvalidParameters() {
    Problem problem =
        check("  parametersRef: {group: gateway.k8s.aws, kind: TargetGroupConfiguration, name: lbc, namespace: gateway-system}\n")
            .orElseThrow();
    assertThat(problem.reason()).isEqualTo(Reasons.INVALID_PARAMETERS);
    assertThat(problem.message()).startsWith("GatewayClass alb .spec.parametersRef.kind: must be \"LoadBalancerConfiguration\"");
  }

  @Test
  void aReferenceOfTheWrongGroupIsInvalidParameters() {
    Problem problem =
        check("  parametersRef: {group: example.com, kind: LoadBalancerConfiguration, name: lbc, namespace: gateway-system}\n")
            .orElseThrow();
    assertThat(problem.message()).contains(".spec.parametersRef.group: must be \"gateway.k8s.aws\"");
  }

  @Test
  void aReferenceWithoutNamespaceIsInvalidParameters() {
    Problem problem =
        check("  parametersRef: {group: gateway.k8s.aws, kind: LoadBalancerConfiguration, name: lbc}\n").orElseThrow();
    assertThat(problem.reason()).isEqualTo(Reasons.INVALID_PARAMETERS);
    assertThat(problem.message()).contains(".spec.parametersRef.namespace: required");
  }

  @Test
  void aReferenceToAMissingObjectIsInvalidParameters() {
    Problem problem =
        check("  parametersRef: {group: gateway.k8s.aws, kind: LoadBalancerConfiguration, name: gone, namespace: gateway-system}\n")
            .orElseThrow();
    assertThat(problem.reason()).isEqualTo(Reasons.INVALID_PARAMETERS);
    assertThat(problem.message())
        .contains(".spec.parametersRef: LoadBalancerConfiguration gateway-system/gone does not exist")
        .contains("create it or fix the reference");
  }
}
