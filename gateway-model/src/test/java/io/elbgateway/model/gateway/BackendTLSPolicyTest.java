/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import static io.elbgateway.model.TestManifests.read;
import static io.elbgateway.model.TestManifests.assertRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BackendTLSPolicyTest {

  @Test
  void readsAndRoundTrips() {
    BackendTLSPolicy policy = read("gateway/backendtlspolicy.yaml", BackendTLSPolicy.class);

    assertThat(policy.apiVersion()).isEqualTo(BackendTLSPolicy.API_VERSION);
    LocalPolicyTargetReferenceWithSectionName target = policy.spec().targetRefs().get(0);
    assertThat(target.group()).isEmpty();
    assertThat(target.kind()).isEqualTo("Service");
    assertThat(target.name()).isEqualTo("auth");
    assertThat(target.sectionName()).contains("https");
    BackendTLSPolicyValidation validation = policy.spec().validation();
    assertThat(validation.caCertificateRefs().get(0).name()).isEqualTo("auth-ca");
    assertThat(validation.wellKnownCACertificates()).isEmpty();
    assertThat(validation.hostname()).isEqualTo("auth.example.com");
    assertThat(validation.subjectAltNames()).extracting(SubjectAltName::type)
        .containsExactly(SubjectAltNameType.HOSTNAME, SubjectAltNameType.URI);
    assertThat(validation.subjectAltNames().get(1).uri()).contains("spiffe://cluster.local/ns/default/sa/auth");
    assertThat(policy.spec().options()).containsEntry("example.com/min-tls-version", "1.3");
    assertThat(policy.status().orElseThrow().ancestors().get(0).controllerName()).isEqualTo("gateway.k8s.aws/alb");
    assertRoundTrip(policy, BackendTLSPolicy.class);
  }

  @Test
  void readsTheWellKnownSystemCAs() {
    String yaml = """
        apiVersion: gateway.networking.k8s.io/v1alpha3
        kind: BackendTLSPolicy
        metadata: {name: public-tls, namespace: default}
        spec:
          targetRefs: [{group: "", kind: Service, name: public}]
          validation: {wellKnownCACertificates: System, hostname: public.example.com}
        """;
    BackendTLSPolicy policy =
        io.elbgateway.model.codec.ModelMappers.yaml().readValue(yaml, BackendTLSPolicy.class);

    assertThat(policy.apiVersion()).endsWith("/v1alpha3");
    assertThat(policy.spec().validation().wellKnownCACertificates()).contains(WellKnownCACertificatesType.SYSTEM);
    assertThat(policy.spec().validation().caCertificateRefs()).isEmpty();
    assertRoundTrip(policy, BackendTLSPolicy.class);
  }
}
