/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.lb;

import io.elbgateway.model.aws.ListenerConfiguration;
import io.elbgateway.model.elb.Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The certificates of an HTTPS listener from its listener configuration: {@code defaultCertificate}
 * as the default ({@code IsDefault}), then each of {@code certificates} (repeats and the default
 * itself left out). Without {@code defaultCertificate} the first of {@code certificates} is the
 * default, as in the reference controller. The non-default certificates count against the load
 * balancer's certificate quota ({@link #take}).
 */
final class ListenerCertificates {

  private final Optional<String> defaultCertificate;
  private final List<String> additional;

  private ListenerCertificates(Optional<String> defaultCertificate, List<String> additional) {
    this.defaultCertificate = defaultCertificate;
    this.additional = additional;
  }

  static ListenerCertificates of(Optional<ListenerConfiguration> configuration) {
    Set<String> all = new LinkedHashSet<>();
    configuration.ifPresent(
        c -> {
          c.defaultCertificate().filter(arn -> !arn.isEmpty()).ifPresent(all::add);
          c.certificates().stream().filter(arn -> !arn.isEmpty()).forEach(all::add);
        });
    List<String> arns = new ArrayList<>(all);
    if (arns.isEmpty()) {
      return new ListenerCertificates(Optional.empty(), List.of());
    }
    return new ListenerCertificates(Optional.of(arns.get(0)), arns.subList(1, arns.size()));
  }

  /** Whether any certificate is configured. */
  boolean configured() {
    return defaultCertificate.isPresent();
  }

  /** How many certificates count against the quota (the default one does not). */
  int counted() {
    return additional.size();
  }

  /** The certificates, keeping only the first {@code budget} non-default ones. */
  List<Certificate> take(int budget) {
    List<Certificate> certificates = new ArrayList<>();
    defaultCertificate.ifPresent(arn -> certificates.add(Certificate.of(arn, true)));
    additional.stream().limit(Math.max(0, budget)).forEach(arn -> certificates.add(Certificate.of(arn, false)));
    return certificates;
  }

  /** The non-default certificates beyond {@code budget}. */
  List<String> dropped(int budget) {
    return additional.size() <= budget ? List.of() : additional.subList(Math.max(0, budget), additional.size());
  }
}
