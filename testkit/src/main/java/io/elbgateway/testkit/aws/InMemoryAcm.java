/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.aws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.services.acm.AcmClient;
import software.amazon.awssdk.services.acm.model.CertificateDetail;
import software.amazon.awssdk.services.acm.model.CertificateStatus;
import software.amazon.awssdk.services.acm.model.CertificateSummary;
import software.amazon.awssdk.services.acm.model.CertificateType;
import software.amazon.awssdk.services.acm.model.DescribeCertificateRequest;
import software.amazon.awssdk.services.acm.model.DescribeCertificateResponse;
import software.amazon.awssdk.services.acm.model.KeyAlgorithm;
import software.amazon.awssdk.services.acm.model.ListCertificatesRequest;
import software.amazon.awssdk.services.acm.model.ListCertificatesResponse;

/**
 * An in-memory AWS Certificate Manager behind the SDK's {@link AcmClient}, serving what
 * certificate discovery needs: ListCertificates (paged with {@code NextToken}/{@code MaxItems}
 * 1–1000, filtered by {@code CertificateStatuses}; like AWS, without {@code Includes.keyTypes} it
 * lists only RSA_1024 and RSA_2048 certificates) and DescribeCertificate ({@code
 * ResourceNotFoundException} for an unknown ARN). Certificates are added by the test with {@link
 * #addCertificate}. Other operations throw {@link UnsupportedOperationException}. Thread-safe.
 */
public final class InMemoryAcm implements AcmClient {

  private static final Set<KeyAlgorithm> DEFAULT_KEY_TYPES = Set.of(KeyAlgorithm.RSA_1024, KeyAlgorithm.RSA_2048);

  private final AwsContext ctx;
  private final ServiceErrors errors = ServiceErrors.ACM;
  private final Map<String, CertificateDetail> certificates = new LinkedHashMap<>();

  InMemoryAcm(AwsContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public String serviceName() {
    return SERVICE_NAME;
  }

  /** Nothing to release. */
  @Override
  public void close() {}

  /**
   * Adds an Amazon-issued RSA_2048 certificate for {@code domain} and {@code sans} (the domain is
   * its first subject alternative name, as ACM lists it) and returns its ARN. Not counted as a call.
   */
  public String addCertificate(String domain, CertificateStatus status, String... sans) {
    return addCertificate(domain, status, KeyAlgorithm.RSA_2048, List.of(sans));
  }

  /** Adds a certificate with {@code keyAlgorithm}; see {@link #addCertificate(String, CertificateStatus, String...)}. */
  public String addCertificate(String domain, CertificateStatus status, KeyAlgorithm keyAlgorithm, List<String> sans) {
    return ctx.gate.quietly(() -> {
      String h = ctx.hex(32);
      String arn = "arn:aws:acm:" + ctx.region + ":" + ctx.accountId + ":certificate/" + h.substring(0, 8) + "-"
          + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20) + "-" + h.substring(20);
      Set<String> names = new LinkedHashSet<>();
      names.add(domain);
      names.addAll(sans);
      certificates.put(arn, CertificateDetail.builder()
          .certificateArn(arn)
          .domainName(domain)
          .subjectAlternativeNames(new ArrayList<>(names))
          .status(status)
          .type(CertificateType.AMAZON_ISSUED)
          .keyAlgorithm(keyAlgorithm)
          .createdAt(ctx.clock.instant())
          .inUseBy(List.of())
          .build());
      return arn;
    });
  }

  @Override
  public ListCertificatesResponse listCertificates(ListCertificatesRequest r) {
    return call("ListCertificates", r, () -> {
      Set<CertificateStatus> statuses = Set.copyOf(r.certificateStatuses());
      Set<KeyAlgorithm> keyTypes = r.includes() != null && r.includes().hasKeyTypes()
          ? Set.copyOf(r.includes().keyTypes()) : DEFAULT_KEY_TYPES;
      List<CertificateSummary> all = certificates.values().stream()
          .filter(c -> statuses.isEmpty() || statuses.contains(c.status()))
          .filter(c -> keyTypes.contains(c.keyAlgorithm()))
          .map(InMemoryAcm::summary)
          .collect(Collectors.toList());
      Pages.Page<CertificateSummary> page = Pages.of(all, r.nextToken(), r.maxItems(), 1000, errors, "MaxItems");
      return ListCertificatesResponse.builder().certificateSummaryList(page.items).nextToken(page.nextOrNull()).build();
    });
  }

  @Override
  public DescribeCertificateResponse describeCertificate(DescribeCertificateRequest r) {
    return call("DescribeCertificate", r, () -> {
      CertificateDetail c = r.certificateArn() == null ? null : certificates.get(r.certificateArn());
      if (c == null) {
        throw errors.error("ResourceNotFoundException", "Could not find certificate " + r.certificateArn() + ".");
      }
      return DescribeCertificateResponse.builder().certificate(c).build();
    });
  }

  private static CertificateSummary summary(CertificateDetail c) {
    return CertificateSummary.builder()
        .certificateArn(c.certificateArn())
        .domainName(c.domainName())
        .subjectAlternativeNameSummaries(c.subjectAlternativeNames())
        .hasAdditionalSubjectAlternativeNames(false)
        .status(c.status())
        .type(c.type())
        .keyAlgorithm(c.keyAlgorithm())
        .inUse(false)
        .createdAt(c.createdAt())
        .build();
  }

  private <T> T call(String operation, SdkPojo request, Supplier<T> effect) {
    return ctx.gate.call(errors, operation, request, effect);
  }
}
