/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.targets;

import io.elbgateway.model.aws.TargetGroupConfiguration;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The TargetGroupConfiguration of a Service: the one whose {@code targetReference} names it. When
 * several do (the reference controller takes whichever the API lists first, {@code lbc-gateway.md}
 * §2.2.1), the oldest is used ({@code creationTimestamp}, then name), and each other one is
 * reported, so that the choice is stable and visible.
 */
final class ServiceTargetGroupConfiguration {

  private static final Comparator<TargetGroupConfiguration> OLDEST_FIRST =
      Comparator.comparing((TargetGroupConfiguration c) -> c.metadata().creationTimestamp().orElse(Instant.MAX))
          .thenComparing(c -> c.metadata().name());

  private ServiceTargetGroupConfiguration() {}

  static Optional<TargetGroupConfiguration> of(
      ClusterSnapshot snapshot, String namespace, String service, BiConsumer<KubernetesObject, String> report) {
    List<TargetGroupConfiguration> all =
        snapshot.targetGroupConfigurationsFor(ClusterSnapshot.serviceKey(namespace, service)).stream()
            .sorted(OLDEST_FIRST)
            .toList();
    if (all.isEmpty()) {
      return Optional.empty();
    }
    TargetGroupConfiguration chosen = all.get(0);
    for (TargetGroupConfiguration ignored : all.subList(1, all.size())) {
      report.accept(
          ignored,
          ".spec.targetReference: Service " + namespace + "/" + service
              + " is also the target of the older TargetGroupConfiguration " + chosen.metadata().name()
              + ", which is used; this one is ignored (keep one TargetGroupConfiguration per Service)");
    }
    return Optional.of(chosen);
  }
}
