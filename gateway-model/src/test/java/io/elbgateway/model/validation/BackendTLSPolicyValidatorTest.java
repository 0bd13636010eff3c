/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import static io.elbgateway.model.TestManifests.read;
import static io.elbgateway.model.validation.GatewayValidatorTest.assertOnly;
import static org.assertj.core.api.Assertions.assertThat;

import io.elbgateway.model.gateway.BackendTLSPolicy;
import io.elbgateway.model.gateway.BackendTLSPolicySpec;
import io.elbgateway.model.gateway.BackendTLSPolicyValidation;
import io.elbgateway.model.gateway.ImmutableBackendTLSPolicySpec;
import io.elbgateway.model.gateway.ImmutableBackendTLSPolicyValidation;
import io.elbgateway.model.gateway.ImmutableLocalPolicyTargetReferenceWithSectionName;
import io.elbgateway.model.gateway.LocalPolicyTargetReferenceWithSectionName;
import io.elbgateway.model.gateway.SubjectAltName;
import io.elbgateway.model.gateway.SubjectAltNameType;
import io.elbgateway.model.gateway.WellKnownCACertificatesType;
import io.elbgateway.model.meta.LocalObjectReference;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackendTLSPolicyValidatorTest {

  private static final BackendTLSPolicy POLICY = read("gateway/backendtlspolicy.yaml", BackendTLSPolicy.class);

  private static List<Violation> validate(BackendTLSPolicy policy) {
    Checks checks = Checks.forObject(policy.key());
    new BackendTLSPolicyValidator().validate(policy, checks);
    return checks.violations();
  }

  private static BackendTLSPolicy with(UnaryOperator<ImmutableBackendTLSPolicySpec.Builder> change) {
    return BackendTLSPolicy.builder()
        .from(POLICY)
        .spec(change.apply(BackendTLSPolicySpec.builder().from(POLICY.spec())).build())
        .build();
  }

  private static BackendTLSPolicy withValidation(UnaryOperator<ImmutableBackendTLSPolicyValidation.Builder> change) {
    return with(s -> s.validation(
        change.apply(BackendTLSPolicyValidation.builder().from(POLICY.spec().validation())).build()));
  }

  private static BackendTLSPolicy withSan(SubjectAltName san) {
    return withValidation(v -> v.subjectAltNames(List.of(san)));
  }

  private static ImmutableLocalPolicyTargetReferenceWithSectionName.Builder service(String name) {
    return LocalPolicyTargetReferenceWithSectionName.builder().group("").kind("Service").name(name);
  }

  private static LocalObjectReference ca(String name) {
    return LocalObjectReference.builder().group("").kind("ConfigMap").name(name).build();
  }

  @Test
  void aRealisticPolicyIsValid() {
    assertThat(validate(POLICY)).isEmpty();
  }

  @Test
  void needsAtLeastOneTargetRef() {
    assertOnly(validate(with(s -> s.targetRefs(List.of()))), ".spec.targetRefs", "at least 1 item");
  }

  @Test
  void allowsAtMost16TargetRefs() {
    assertOnly(
        validate(with(s -> s.targetRefs(IntStream.range(0, 17).mapToObj(i -> service("s" + i).build()).toList()))),
        ".spec.targetRefs",
        "at most 16 items");
  }

  @Test
  void targetRefSectionNameIsASectionName() {
    assertOnly(
        validate(with(s -> s.targetRefs(List.of(service("auth").sectionName("HTTPS_port").build())))),
        ".spec.targetRefs[0].sectionName",
        "section name");
  }

  @Test
  void referencesToOneTargetAllNameASectionOrNoneDoes() {
    assertOnly(
        validate(with(s -> s.targetRefs(List.of(service("auth").sectionName("https").build(), service("auth").build())))),
        ".spec.targetRefs[1]",
        "sectionName must be specified when targetRefs includes 2 or more references to the same target");
  }

  @Test
  void referencesToOneTargetNameDistinctSections() {
    assertOnly(
        validate(with(s -> s.targetRefs(List.of(service("auth").sectionName("https").build(), service("auth").sectionName("https").build())))),
        ".spec.targetRefs[1]",
        "sectionName must be unique when targetRefs includes 2 or more references to the same target");
  }

  @Test
  void differentTargetsAndDifferentSectionsAreDistinct() {
    assertThat(validate(with(s -> s.targetRefs(List.of(
        service("auth").sectionName("https").build(),
        service("auth").sectionName("grpc").build(),
        service("other").build())))))
        .isEmpty();
  }

  @Test
  void caCertificateRefsAndWellKnownCertificatesExcludeEachOther() {
    assertOnly(
        validate(withValidation(v -> v.wellKnownCACertificates(WellKnownCACertificatesType.SYSTEM))),
        ".spec.validation",
        "must not contain both CACertificateRefs and WellKnownCACertificates");
  }

  @Test
  void caCertificateRefsOrWellKnownCertificatesAreRequired() {
    assertOnly(
        validate(withValidation(v -> v.caCertificateRefs(List.of()))),
        ".spec.validation",
        "must specify either CACertificateRefs or WellKnownCACertificates");
  }

  @Test
  void wellKnownCertificatesAloneAreEnough() {
    assertThat(validate(withValidation(v -> v.caCertificateRefs(List.of())
        .wellKnownCACertificates(WellKnownCACertificatesType.SYSTEM)))).isEmpty();
  }

  @Test
  void allowsAtMost8CaCertificateRefs() {
    assertOnly(
        validate(withValidation(v -> v.caCertificateRefs(IntStream.range(0, 9).mapToObj(i -> ca("ca" + i)).toList()))),
        ".spec.validation.caCertificateRefs",
        "at most 8 items");
  }

  @Test
  void hostnameIsAPreciseHostname() {
    assertOnly(
        validate(withValidation(v -> v.hostname("*.example.com"))), ".spec.validation.hostname", "precise hostname");
  }

  @Test
  void allowsAtMost5SubjectAltNames() {
    SubjectAltName san = SubjectAltName.builder().type(SubjectAltNameType.HOSTNAME).hostname("a.example.com").build();
    assertOnly(
        validate(withValidation(v -> v.subjectAltNames(List.of(san, san, san, san, san, san)))),
        ".spec.validation.subjectAltNames",
        "at most 5 items");
  }

  @Test
  void aHostnameSanNeedsAHostname() {
    assertOnly(
        validate(withSan(SubjectAltName.builder().type(SubjectAltNameType.HOSTNAME).build())),
        ".spec.validation.subjectAltNames[0].hostname",
        "SubjectAltName element must contain Hostname, if Type is set to Hostname");
  }

  @Test
  void aUriSanHasNoHostname() {
    assertOnly(
        validate(withSan(SubjectAltName.builder().type(SubjectAltNameType.URI).uri("spiffe://a/b").hostname("a.example.com").build())),
        ".spec.validation.subjectAltNames[0].hostname",
        "SubjectAltName element must not contain Hostname, if Type is not set to Hostname");
  }

  @Test
  void aUriSanNeedsAUri() {
    assertOnly(
        validate(withSan(SubjectAltName.builder().type(SubjectAltNameType.URI).build())),
        ".spec.validation.subjectAltNames[0].uri",
        "SubjectAltName element must contain URI, if Type is set to URI");
  }

  @Test
  void aHostnameSanHasNoUri() {
    assertOnly(
        validate(withSan(SubjectAltName.builder().type(SubjectAltNameType.HOSTNAME).hostname("a.example.com").uri("spiffe://a/b").build())),
        ".spec.validation.subjectAltNames[0].uri",
        "SubjectAltName element must not contain URI, if Type is not set to URI");
  }

  @Test
  void aUriSanIsAnAbsoluteUri() {
    assertOnly(
        validate(withSan(SubjectAltName.builder().type(SubjectAltNameType.URI).uri("auth.example.com").build())),
        ".spec.validation.subjectAltNames[0].uri",
        "absolute URI");
  }

  @Test
  void aHostnameSanHasHostnameFormat() {
    assertOnly(
        validate(withSan(SubjectAltName.builder().type(SubjectAltNameType.HOSTNAME).hostname("Auth.Example.com").build())),
        ".spec.validation.subjectAltNames[0].hostname",
        "hostname");
  }

  @Test
  void allowsAtMost16Options() {
    assertOnly(
        validate(with(s -> { IntStream.range(0, 17).forEach(i -> s.putOption("example.com/o" + i, "v")); return s; })),
        ".spec.options",
        "at most 16 items");
  }
}
