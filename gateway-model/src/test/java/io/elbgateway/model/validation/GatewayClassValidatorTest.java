/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import static io.elbgateway.model.TestManifests.read;
import static io.elbgateway.model.validation.GatewayValidatorTest.assertOnly;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.gateway.GatewayClass;
import io.elbgateway.model.gateway.GatewayClassSpec;
import io.elbgateway.model.gateway.ImmutableGatewayClassSpec;
import io.elbgateway.model.meta.ImmutableParametersReference;
import io.elbgateway.model.meta.ObjectMeta;
import io.elbgateway.model.meta.ParametersReference;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class GatewayClassValidatorTest {

  private static final GatewayClass SEED = read("gateway/gatewayclass-seed.yaml", GatewayClass.class);

  private static List<Violation> validate(GatewayClass gatewayClass) {
    Checks checks = Checks.forObject(gatewayClass.key());
    new GatewayClassValidator().validate(gatewayClass, checks);
    return checks.violations();
  }

  private static GatewayClass with(UnaryOperator<ImmutableGatewayClassSpec.Builder> change) {
    return GatewayClass.builder()
        .from(SEED)
        .spec(change.apply(GatewayClassSpec.builder().from(SEED.spec())).build())
        .build();
  }

  private static ImmutableParametersReference.Builder params() {
    return ParametersReference.builder().group("gateway.k8s.aws").kind("LoadBalancerConfiguration").name("alb");
  }

  @Test
  void realisticGatewayClassesAreValid() {
    assertThat(validate(SEED)).isEmpty();
    assertThat(validate(read("gateway/gatewayclass-parameters.yaml", GatewayClass.class))).isEmpty();
  }

  @Test
  void controllerNameIsADomainPrefixedPath() {
    assertOnly(validate(with(s -> s.controllerName("alb"))), ".spec.controllerName", "controller name");
  }

  @Test
  void descriptionIsAtMost64Characters() {
    assertThat(validate(with(s -> s.description("d".repeat(64))))).isEmpty();
    assertOnly(validate(with(s -> s.description("d".repeat(65)))), ".spec.description", "at most 64 characters");
  }

  @Test
  void isClusterScoped() {
    GatewayClass namespaced =
        GatewayClass.builder().from(SEED).metadata(ObjectMeta.of("default", "alb")).build();
    assertOnly(validate(namespaced), ".metadata.namespace", "cluster-scoped");
  }

  @Test
  void parametersRefKindHasKindFormat() {
    assertOnly(
        validate(with(s -> s.parametersRef(params().kind("-Bad").namespace("kube-system").build()))),
        ".spec.parametersRef.kind",
        "kind");
  }

  @Test
  void parametersRefNamespaceHasNamespaceFormat() {
    assertOnly(
        validate(with(s -> s.parametersRef(params().namespace("Kube_System").build()))),
        ".spec.parametersRef.namespace",
        "namespace");
  }

  @Test
  void parametersRefToAKnownNamespacedKindWithoutNamespaceIsAWarning() {
    List<Violation> violations = validate(with(s -> s.parametersRef(params().build())));
    assertOnly(violations, ".spec.parametersRef.namespace", "LoadBalancerConfiguration is a namespaced kind");
    assertThat(violations.get(0).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void parametersRefToAnUnknownKindNeedsNoNamespace() {
    assertThat(validate(with(s -> s.parametersRef(params().group("example.com").kind("ClusterConfig").build()))))
        .isEmpty();
  }
}
