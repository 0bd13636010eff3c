/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.validation;

import io.elbgateway.model.gateway.BackendTLSPolicy;
import io.elbgateway.model.gateway.BackendTLSPolicyValidation;
import io.elbgateway.model.gateway.LocalPolicyTargetReferenceWithSectionName;
import io.elbgateway.model.gateway.SubjectAltName;
import io.elbgateway.model.gateway.SubjectAltNameType;
import java.util.List;
import java.util.Optional;

/**
 * Checks a BackendTLSPolicy: 1 to 16 targetRefs (formats; references to one target either all or
 * none name a section, and sections are unique), at most 8 caCertificateRefs xor
 * wellKnownCACertificates, a precise {@code hostname}, at most 5 subjectAltNames whose fields
 * agree with their type, and at most 16 options.
 */
final class BackendTLSPolicyValidator implements Validator<BackendTLSPolicy> {

  @Override
  public void validate(BackendTLSPolicy policy, Checks checks) {
    Checks spec = checks.at("spec");
    List<LocalPolicyTargetReferenceWithSectionName> targets = policy.spec().targetRefs();
    if (spec.items("targetRefs", targets, 1, 16)) {
      spec.each("targetRefs", targets, BackendTLSPolicyValidator::checkTargetRef);
      checkDistinctTargets(spec, targets);
    }
    checkValidation(spec.at("validation"), policy.spec().validation());
    GatewayListenerRules.checkOptions(spec, "options", policy.spec().options());
  }

  private static void checkTargetRef(Checks c, LocalPolicyTargetReferenceWithSectionName ref) {
    c.format("group", ref.group(), Formats.GROUP);
    c.format("kind", ref.kind(), Formats.KIND);
    c.format("name", ref.name(), Formats.OBJECT_NAME);
    c.ifPresent("sectionName", ref.sectionName(), (s, name) -> s.format(name, Formats.SECTION_NAME));
  }

  private static void checkDistinctTargets(
      Checks spec, List<LocalPolicyTargetReferenceWithSectionName> targets) {
    for (int i = 0; i < targets.size(); i++) {
      LocalPolicyTargetReferenceWithSectionName ref = targets.get(i);
      for (int j = 0; j < i; j++) {
        LocalPolicyTargetReferenceWithSectionName earlier = targets.get(j);
        if (!sameTarget(ref, earlier)) {
          continue;
        }
        Optional<String> section = section(ref);
        Optional<String> earlierSection = section(earlier);
        if (section.isPresent() != earlierSection.isPresent()) {
          spec.at("targetRefs", i)
              .error("sectionName must be specified when targetRefs includes 2 or more references to the same target");
          break;
        }
        if (section.equals(earlierSection)) {
          spec.at("targetRefs", i)
              .error("sectionName must be unique when targetRefs includes 2 or more references to the same target");
          break;
        }
      }
    }
  }

  private static boolean sameTarget(
      LocalPolicyTargetReferenceWithSectionName a, LocalPolicyTargetReferenceWithSectionName b) {
    return a.group().equals(b.group()) && a.kind().equals(b.kind()) && a.name().equals(b.name());
  }

  private static Optional<String> section(LocalPolicyTargetReferenceWithSectionName ref) {
    return ref.sectionName().filter(s -> !s.isEmpty());
  }

  private static void checkValidation(Checks c, BackendTLSPolicyValidation validation) {
    boolean refs = !validation.caCertificateRefs().isEmpty();
    boolean wellKnown = validation.wellKnownCACertificates().isPresent();
    if (refs && wellKnown) {
      c.error("must not contain both CACertificateRefs and WellKnownCACertificates");
    } else if (!refs && !wellKnown) {
      c.error("must specify either CACertificateRefs or WellKnownCACertificates");
    }
    if (c.items("caCertificateRefs", validation.caCertificateRefs(), 0, 8)) {
      c.each("caCertificateRefs", validation.caCertificateRefs(), GatewayListenerRules::checkLocalRef);
    }
    c.format("hostname", validation.hostname(), Formats.PRECISE_HOSTNAME);
    if (c.items("subjectAltNames", validation.subjectAltNames(), 0, 5)) {
      c.each("subjectAltNames", validation.subjectAltNames(), BackendTLSPolicyValidator::checkSubjectAltName);
    }
  }

  private static void checkSubjectAltName(Checks c, SubjectAltName san) {
    Optional<String> hostname = san.hostname().filter(h -> !h.isEmpty());
    Optional<String> uri = san.uri().filter(u -> !u.isEmpty());
    if (san.type() == SubjectAltNameType.HOSTNAME) {
      if (c.at("hostname").require(hostname.isPresent(), "SubjectAltName element must contain Hostname, if Type is set to Hostname")) {
        c.format("hostname", hostname.get(), Formats.HOSTNAME);
      }
    } else {
      c.at("hostname").require(hostname.isEmpty(), "SubjectAltName element must not contain Hostname, if Type is not set to Hostname");
    }
    if (san.type() == SubjectAltNameType.URI) {
      if (c.at("uri").require(uri.isPresent(), "SubjectAltName element must contain URI, if Type is set to URI")) {
        c.format("uri", uri.get(), Formats.ABSOLUTE_URI);
      }
    } else {
      c.at("uri").require(uri.isEmpty(), "SubjectAltName element must not contain URI, if Type is not set to URI");
    }
  }
}
