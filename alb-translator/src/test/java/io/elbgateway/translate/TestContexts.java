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
import io.elbgateway.translate.spi.BackendResolver;
import io.elbgateway.translate.status.StatusCollector;
import io.elbgateway.translate.targets.HashedTargetGroupNamer;
import io.elbgateway.translate.targets.ServiceBackends;
import java.util.Optional;

/**
 * Builds the {@link GatewayContext} a stage's test runs in (its constructor is package-private),
 * and reads back what a context collected. The one way the translator's tests make contexts.
 */
public final class TestContexts {

  /** The controller name of made-up GatewayClasses. */
  public static final String ALB_CONTROLLER = "gateway.k8s.aws/alb";

  private TestContexts() {}

  /**
   * A context builder for {@code gateway}: its GatewayClass comes from the snapshot, or is made up
   * with controller {@value #ALB_CONTROLLER}; default options, no LoadBalancerConfiguration, no
   * handlers but the target-group namer and priority allocator, a fresh status collector.
   */
  public static Builder builder(ClusterSnapshot snapshot, Gateway gateway) {
    return new Builder(snapshot, gateway);
  }

  /** A context builder for the test Gateway {@code infra/web} of class {@code alb}, on an empty snapshot. */
  public static Builder forTestGateway() {
    return builder(ClusterSnapshot.empty(), testGateway("infra", "web"));
  }

  /** A Gateway {@code namespace/name} of class {@code alb}, without listeners. */
  public static Gateway testGateway(String namespace, String name) {
    return Gateway.builder()
        .metadata(ObjectMeta.of(namespace, name))
        .spec(GatewaySpec.builder().gatewayClassName("alb").build())
        .build();
  }

  /** A GatewayClass of this name with controller {@value #ALB_CONTROLLER}. */
  public static GatewayClass albClass(String name) {
    return GatewayClass.builder()
        .metadata(ObjectMeta.builder().name(name).build())
        .spec(GatewayClassSpec.builder().controllerName(ALB_CONTROLLER).build())
        .build();
  }

  /** Just the target-group namer and the priority allocator: no filter, ExtensionRef or backend handler. */
  public static Plugins noPlugins() {
    return Plugins.builder(new HashedTargetGroupNamer(), new GappedPriorityAllocator()).build();
  }

  /** The handlers a translator was built with. */
  public static Plugins plugins(Translator translator) {
    return translator.plugins();
  }

  /** A translation holding what {@code statuses} collected (statuses and diagnostics). */
  public static Translation collected(StatusCollector statuses) {
    ImmutableTranslation.Builder translation = Translation.builder();
    statuses.fill(translation);
    return translation.build();
  }

  /** A translation holding what the context's status collector collected. */
  public static Translation collected(GatewayContext context) {
    return collected(context.statuses());
  }

  /** Builds a {@link GatewayContext}. */
  public static final class Builder {
    private final ClusterSnapshot snapshot;
    private final Gateway gateway;
    private TranslatorOptions options = TranslatorOptions.defaults();
    private Plugins plugins = noPlugins();
    private GatewayClass gatewayClass;
    private LoadBalancerConfigurationSpec configuration = LoadBalancerConfigurationSpec.builder().build();
    private Optional<ElbStack> previous = Optional.empty();
    private StatusCollector statuses = new StatusCollector();

    private Builder(ClusterSnapshot snapshot, Gateway gateway) {
      this.snapshot = snapshot;
      this.gateway = gateway;
      String className = gateway.spec().gatewayClassName();
      this.gatewayClass = snapshot.gatewayClass(className).orElseGet(() -> albClass(className));
    }

    public Builder options(TranslatorOptions options) {
      this.options = options;
      return this;
    }

    /** Default options but these quotas. */
    public Builder quotas(AlbQuotas quotas) {
      this.options = TranslatorOptions.builder().from(options).quotas(quotas).build();
      return this;
    }

    public Builder plugins(Plugins plugins) {
      this.plugins = plugins;
      return this;
    }

    /** The built-in Service resolver, then {@code extra} resolvers. */
    public Builder serviceBackends(BackendResolver... extra) {
      Plugins.Builder registry =
          Plugins.builder(new HashedTargetGroupNamer(), new GappedPriorityAllocator()).backend(new ServiceBackends());
      for (BackendResolver resolver : extra) {
        registry.backend(resolver);
      }
      this.plugins = registry.build();
      return this;
    }

    public Builder gatewayClass(GatewayClass gatewayClass) {
      this.gatewayClass = gatewayClass;
      return this;
    }

    /** The effective LoadBalancerConfiguration. */
    public Builder configuration(LoadBalancerConfigurationSpec configuration) {
      this.configuration = configuration;
      return this;
    }

    public Builder previous(Optional<ElbStack> previous) {
      this.previous = previous;
      return this;
    }

    public Builder statuses(StatusCollector statuses) {
      this.statuses = statuses;
      return this;
    }

    public GatewayContext build() {
      return new GatewayContext(snapshot, options, plugins, gateway, gatewayClass, configuration, previous, statuses);
    }
  }
}
