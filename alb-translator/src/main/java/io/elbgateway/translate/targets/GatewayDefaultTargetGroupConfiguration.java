/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.targets;

import io.elbgateway.model.aws.AwsKinds;
import io.elbgateway.model.aws.LoadBalancerConfiguration;
import io.elbgateway.model.aws.MergingMode;
import io.elbgateway.model.aws.TargetGroupConfiguration;
import io.elbgateway.model.aws.TargetGroupConfigurationSpec;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.model.meta.ParametersReference;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The Gateway-level default TargetGroupConfiguration ({@code lbc-gateway.md} §2.1.1 and §2.2.4):
 * each LoadBalancerConfiguration (the GatewayClass's and the Gateway's) may name, in {@code
 * defaultTargetGroupConfiguration}, a TargetGroupConfiguration <em>in its own namespace</em> and
 * without {@code targetReference}. When both do, their {@code defaultConfiguration}s merge field by
 * field (the GatewayClass's wins unless its {@code mergingMode} is {@code prefer-gateway}) and the
 * {@code routeConfigurations} come wholly from the winning one.
 *
 * <p>Read from the snapshot rather than from the merged LoadBalancerConfiguration spec, since the
 * merged spec no longer says which namespace each reference is in.
 */
final class GatewayDefaultTargetGroupConfiguration {

  private GatewayDefaultTargetGroupConfiguration() {}

  /**
   * The merged default; empty when neither configuration names one. A reference that names no
   * TargetGroupConfiguration, or one with a {@code targetReference}, is ignored and reported.
   */
  static Optional<TargetGroupConfigurationSpec> of(
      ClusterSnapshot snapshot, Gateway gateway, BiConsumer<KubernetesObject, String> report) {
    String gatewayNamespace = gateway.metadata().namespace().orElse("");
    Optional<LoadBalancerConfiguration> classConfig =
        snapshot
            .gatewayClass(gateway.spec().gatewayClassName())
            .flatMap(c -> c.spec().parametersRef())
            .filter(GatewayDefaultTargetGroupConfiguration::namesLoadBalancerConfiguration)
            .flatMap(ref -> ref.namespace().flatMap(ns -> snapshot.get(LoadBalancerConfiguration.class, ns, ref.name())));
    Optional<LoadBalancerConfiguration> gatewayConfig =
        gateway.spec().infrastructure()
            .flatMap(i -> i.parametersRef())
            .filter(GatewayDefaultTargetGroupConfiguration::namesLoadBalancerConfiguration)
            .flatMap(ref -> snapshot.get(LoadBalancerConfiguration.class, gatewayNamespace, ref.name()));
    Optional<TargetGroupConfigurationSpec> fromClass = classConfig.flatMap(c -> defaultOf(snapshot, c, report));
    Optional<TargetGroupConfigurationSpec> fromGateway = gatewayConfig.flatMap(c -> defaultOf(snapshot, c, report));
    if (fromClass.isEmpty() || fromGateway.isEmpty()) {
      return fromClass.or(() -> fromGateway);
    }
    boolean preferGateway =
        classConfig.flatMap(c -> c.spec().mergingMode()).filter(MergingMode.PREFER_GATEWAY::equals).isPresent();
    TargetGroupConfigurationSpec high = preferGateway ? fromGateway.get() : fromClass.get();
    TargetGroupConfigurationSpec low = preferGateway ? fromClass.get() : fromGateway.get();
    return Optional.of(
        TargetGroupConfigurationSpec.builder()
            .from(high)
            .defaultConfiguration(
                TargetGroupPropsLayering.over(
                    high.defaultConfiguration().orElse(io.elbgateway.model.aws.TargetGroupProps.builder().build()),
                    low.defaultConfiguration().orElse(io.elbgateway.model.aws.TargetGroupProps.builder().build())))
            .build());
  }

  private static boolean namesLoadBalancerConfiguration(ParametersReference ref) {
    return ref.group().equals(AwsKinds.GROUP) && ref.kind().equals("LoadBalancerConfiguration");
  }

  private static Optional<TargetGroupConfigurationSpec> defaultOf(
      ClusterSnapshot snapshot, LoadBalancerConfiguration config, BiConsumer<KubernetesObject, String> report) {
    if (config.spec().defaultTargetGroupConfiguration().isEmpty()) {
      return Optional.empty();
    }
    String namespace = config.metadata().namespace().orElse("");
    String name = config.spec().defaultTargetGroupConfiguration().get().name();
    Optional<TargetGroupConfiguration> found = snapshot.get(TargetGroupConfiguration.class, namespace, name);
    if (found.isEmpty()) {
      report.accept(
          config,
          ".spec.defaultTargetGroupConfiguration.name: TargetGroupConfiguration "
              + namespace + "/" + name
              + " does not exist (it must be in the LoadBalancerConfiguration's namespace); the controller's defaults are used instead");
      return Optional.empty();
    }
    if (found.get().spec().targetReference().isPresent()) {
      report.accept(
          config,
          ".spec.defaultTargetGroupConfiguration.name: TargetGroupConfiguration "
              + namespace + "/" + name
              + " has a targetReference, so it cannot serve as the Gateway's default; remove its targetReference or name another");
      return Optional.empty();
    }
    return Optional.of(found.get().spec());
  }
}
