/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate;

import io.elbgateway.model.aws.LoadBalancerConfigurationSpec;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.GatewayClass;
import io.elbgateway.model.gateway.GatewayClassSpec;
import io.elbgateway.model.gateway.GatewaySpec;
import io.elbgateway.model.meta.ObjectMeta;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.translate.http.GappedPriorityAllocator;
import io.elbgateway.translate.status.StatusCollector;
import io.elbgateway.translate.targets.HashedTargetGroupNamer;
import java.util.Optional;

/**
 * Test factory of {@link GatewayContext}s for stages that run on one Gateway (filters, rules), with
 * the plugins of a {@link Translator} or none at all. Lives in this package because the context's
 * constructor and the {@link Plugins} builder are package-private.
 */
public final class FilterTestContexts {

  private FilterTestContexts() {}

  /** A context on a Gateway {@code infra/gw} of class {@code alb}, with the given plugins. */
  public static GatewayContext context(ClusterSnapshot snapshot, Plugins plugins) {
    GatewayClass gatewayClass =
        GatewayClass.builder()
            .metadata(ObjectMeta.builder().name("alb").build())
            .spec(GatewayClassSpec.builder().controllerName("gateway.k8s.aws/alb").build())
            .build();
    Gateway gateway =
        Gateway.builder()
            .metadata(ObjectMeta.of("infra", "gw"))
            .spec(GatewaySpec.builder().gatewayClassName("alb").build())
            .build();
    return new GatewayContext(
        snapshot,
        TranslatorOptions.defaults(),
        plugins,
        gateway,
        gatewayClass,
        LoadBalancerConfigurationSpec.builder().build(),
        Optional.empty(),
        new StatusCollector());
  }

  /** A context with the plugins {@code translator} was built with. */
  public static GatewayContext context(ClusterSnapshot snapshot, Translator translator) {
    return context(snapshot, plugins(translator));
  }

  /** The plugins a translator was built with. */
  public static Plugins plugins(Translator translator) {
    return translator.plugins();
  }

  /** No filter, ExtensionRef or backend handler at all. */
  public static Plugins noPlugins() {
    return Plugins.builder(new HashedTargetGroupNamer(), new GappedPriorityAllocator()).build();
  }

  /** Every status and deviation the context collected, as a translation would carry them. */
  public static Translation collected(GatewayContext context) {
    ImmutableTranslation.Builder translation = Translation.builder();
    context.statuses().fill(translation);
    return translation.build();
  }
}
