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
import io.elbgateway.translate.spi.BackendResolver;
import io.elbgateway.translate.status.StatusCollector;
import io.elbgateway.translate.targets.HashedTargetGroupNamer;
import io.elbgateway.translate.targets.ServiceBackends;
import java.util.List;
import java.util.Optional;

/** Builds {@link GatewayContext}s for the tests of {@code translate.targets} (the constructor is package-private). */
public final class TargetsTestContexts {

  private TargetsTestContexts() {}

  /** A context with the default options, the built-in Service resolver and namer, no LB configuration. */
  public static GatewayContext of(ClusterSnapshot snapshot, Gateway gateway) {
    return of(snapshot, gateway, TranslatorOptions.defaults(), LoadBalancerConfigurationSpec.builder().build());
  }

  /** A context with these options and merged LoadBalancerConfiguration, plus extra backend resolvers. */
  public static GatewayContext of(
      ClusterSnapshot snapshot,
      Gateway gateway,
      TranslatorOptions options,
      LoadBalancerConfigurationSpec loadBalancerConfiguration,
      BackendResolver... extraResolvers) {
    Plugins.Builder plugins =
        Plugins.builder(new HashedTargetGroupNamer(), new GappedPriorityAllocator()).backend(new ServiceBackends());
    for (BackendResolver resolver : extraResolvers) {
      plugins.backend(resolver);
    }
    GatewayClass gatewayClass =
        snapshot
            .gatewayClass(gateway.spec().gatewayClassName())
            .orElseGet(
                () ->
                    GatewayClass.builder()
                        .metadata(ObjectMeta.builder().name(gateway.spec().gatewayClassName()).build())
                        .spec(GatewayClassSpec.builder().controllerName("gateway.k8s.aws/alb").build())
                        .build());
    return new GatewayContext(
        snapshot, options, plugins.build(), gateway, gatewayClass, loadBalancerConfiguration, Optional.empty(), new StatusCollector());
  }

  /** The diagnostics reported so far through the context's status collector. */
  public static List<Diagnostic> diagnostics(GatewayContext context) {
    var translation = Translation.builder();
    context.statuses().fill(translation);
    return translation.build().diagnostics();
  }
}
