/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.resolve;

import io.elbgateway.sync.aws.ApiGroup;
import io.elbgateway.sync.aws.AwsCalls;
import io.elbgateway.sync.aws.Pages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import software.amazon.awssdk.services.acm.AcmClient;
import software.amazon.awssdk.services.acm.model.CertificateStatus;
import software.amazon.awssdk.services.acm.model.CertificateSummary;
import software.amazon.awssdk.services.acm.model.ListCertificatesResponse;

/**
 * The issued ACM certificates of the Region, read once per sync, and the choice of one for a
 * hostname: a certificate whose domain or alternative name equals the hostname beats one whose
 * wildcard covers it ({@code *.example.com} covers one label, never {@code example.com}); among
 * equals, the one listed first by ARN wins, so the choice is stable.
 */
public final class CertificateCatalog {

  private final List<CertificateSummary> issued;

  private CertificateCatalog(List<CertificateSummary> issued) {
    this.issued = issued;
  }

  /** Reads the issued certificates (every page). */
  public static CertificateCatalog read(AcmClient acm, AwsCalls calls) {
    return of(
        Pages.all(
            token ->
                calls.call(
                    ApiGroup.ACM,
                    "ListCertificates",
                    () -> acm.listCertificates(r -> r.certificateStatuses(CertificateStatus.ISSUED).maxItems(1000).nextToken(token))),
            ListCertificatesResponse::certificateSummaryList,
            ListCertificatesResponse::nextToken));
  }

  /** A catalog of these certificates (tests, or a caller that lists them itself). */
  public static CertificateCatalog of(List<CertificateSummary> issued) {
    List<CertificateSummary> sorted = new ArrayList<>(issued);
    sorted.sort(Comparator.comparing(CertificateSummary::certificateArn));
    return new CertificateCatalog(sorted);
  }

  /** The most specific issued certificate for {@code hostname}. */
  public Optional<String> forHostname(String hostname) {
    String host = hostname.toLowerCase(Locale.ROOT);
    Optional<String> wildcard = Optional.empty();
    for (CertificateSummary certificate : issued) {
      if (certificate.status() != null && certificate.status() != CertificateStatus.ISSUED) {
        continue;
      }
      List<String> names = new ArrayList<>();
      if (certificate.domainName() != null) {
        names.add(certificate.domainName().toLowerCase(Locale.ROOT));
      }
      certificate.subjectAlternativeNameSummaries().forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
      if (names.contains(host)) {
        return Optional.of(certificate.certificateArn());
      }
      if (wildcard.isEmpty() && names.stream().anyMatch(n -> covers(n, host))) {
        wildcard = Optional.of(certificate.certificateArn());
      }
    }
    return wildcard;
  }

  /** Whether certificate name {@code name} covers {@code host} ({@code *.a.b} covers {@code x.a.b}). */
  static boolean covers(String name, String host) {
    if (name.equals(host)) {
      return true;
    }
    if (!name.startsWith("*.")) {
      return false;
    }
    String suffix = name.substring(1);
    if (host.startsWith("*.")) {
      // A wildcard listener hostname needs a wildcard certificate of the same domain.
      return host.substring(1).equals(suffix);
    }
    int dot = host.indexOf('.');
    return dot > 0 && host.substring(dot).equals(suffix);
  }
}
