/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate;

import io.elbgateway.model.aws.LoadBalancerConfigurationSpec;
import io.elbgateway.model.elb.ElbStack;
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

/** Builds a {@link GatewayContext} for tests of the rule stages (its constructor is package-private). */
public final class RulesTestContexts {

  /** The controller name of the test GatewayClass. */
  public static final String CONTROLLER = "gateway.k8s.aws/alb";

  private RulesTestContexts() {}

  /** The test Gateway {@code infra/web} of class {@code alb}. */
  public static Gateway gateway() {
    return Gateway.builder()
        .metadata(ObjectMeta.of("infra", "web"))
        .spec(GatewaySpec.builder().gatewayClassName("alb").build())
        .build();
  }

  /** The test GatewayClass {@code alb}. */
  public static GatewayClass gatewayClass() {
    return GatewayClass.builder()
        .metadata(ObjectMeta.builder().name("alb").build())
        .spec(GatewayClassSpec.builder().controllerName(CONTROLLER).build())
        .build();
  }

  /** A context of the test Gateway with these quotas, previous stack and status collector. */
  public static GatewayContext context(AlbQuotas quotas, Optional<ElbStack> previous, StatusCollector statuses) {
    Plugins plugins = Plugins.builder(new HashedTargetGroupNamer(), new GappedPriorityAllocator()).build();
    return new GatewayContext(
        ClusterSnapshot.empty(),
        TranslatorOptions.builder().quotas(quotas).build(),
        plugins,
        gateway(),
        gatewayClass(),
        LoadBalancerConfigurationSpec.builder().build(),
        previous,
        statuses);
  }

  /** A context with the default quotas and no previous stack. */
  public static GatewayContext context(StatusCollector statuses) {
    return context(AlbQuotas.defaults(), Optional.empty(), statuses);
  }
}
