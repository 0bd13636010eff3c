/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate;

import io.elbgateway.model.aws.LoadBalancerConfigurationSpec;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.GatewayClass;
import io.elbgateway.model.gateway.GatewayClassSpec;
import io.elbgateway.model.meta.ObjectMeta;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.translate.http.GappedPriorityAllocator;
import io.elbgateway.translate.status.StatusCollector;
import io.elbgateway.translate.targets.HashedTargetGroupNamer;
import java.util.Optional;

/** Builds {@link GatewayContext}s for the tests of {@code translate.attach}. */
public final class AttachTestContexts {

  private AttachTestContexts() {}

  /**
   * A context for {@code gateway} with default options and built-in plugins, its GatewayClass from
   * the snapshot (or one with controller {@code gateway.k8s.aws/alb} when the snapshot has none),
   * and {@code configuration} as its effective LoadBalancerConfiguration.
   */
  public static GatewayContext of(
      ClusterSnapshot snapshot,
      Gateway gateway,
      LoadBalancerConfigurationSpec configuration,
      StatusCollector statuses) {
    GatewayClass gatewayClass =
        snapshot
            .gatewayClass(gateway.spec().gatewayClassName())
            .orElseGet(
                () ->
                    GatewayClass.builder()
                        .metadata(ObjectMeta.builder().name(gateway.spec().gatewayClassName()).build())
                        .spec(GatewayClassSpec.builder().controllerName("gateway.k8s.aws/alb").build())
                        .build());
    Plugins plugins = Plugins.builder(new HashedTargetGroupNamer(), new GappedPriorityAllocator()).build();
    return new GatewayContext(
        snapshot,
        TranslatorOptions.defaults(),
        plugins,
        gateway,
        gatewayClass,
        configuration,
        Optional.empty(),
        statuses);
  }

  /** A context with an empty LoadBalancerConfiguration. */
  public static GatewayContext of(ClusterSnapshot snapshot, Gateway gateway, StatusCollector statuses) {
    return of(snapshot, gateway, LoadBalancerConfigurationSpec.builder().build(), statuses);
  }
}
