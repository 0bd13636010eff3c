/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate;

import io.elbgateway.model.aws.LoadBalancerConfigurationSpec;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.GatewayClass;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.translate.http.GappedPriorityAllocator;
import io.elbgateway.translate.status.StatusCollector;
import io.elbgateway.translate.targets.HashedTargetGroupNamer;
import java.util.Optional;

/** Builds {@link GatewayContext}s for tests outside this package (its constructor is package-private). */
public final class LbTestContexts {

  private LbTestContexts() {}

  /** A context with the built-in plugins, no previous translation and a fresh status collector. */
  public static GatewayContext context(
      ClusterSnapshot snapshot,
      TranslatorOptions options,
      Gateway gateway,
      GatewayClass gatewayClass,
      LoadBalancerConfigurationSpec configuration) {
    return context(snapshot, options, gateway, gatewayClass, configuration, new StatusCollector());
  }

  /** A context reporting into {@code statuses}. */
  public static GatewayContext context(
      ClusterSnapshot snapshot,
      TranslatorOptions options,
      Gateway gateway,
      GatewayClass gatewayClass,
      LoadBalancerConfigurationSpec configuration,
      StatusCollector statuses) {
    Plugins plugins = Plugins.builder(new HashedTargetGroupNamer(), new GappedPriorityAllocator()).build();
    return new GatewayContext(
        snapshot, options, plugins, gateway, gatewayClass, configuration, Optional.empty(), statuses);
  }

  /** The translation holding what {@code statuses} collected (diagnostics, statuses). */
  public static Translation collected(StatusCollector statuses) {
    ImmutableTranslation.Builder translation = Translation.builder();
    statuses.fill(translation);
    return translation.build();
  }
}
