/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.lb;

import io.elbgateway.model.aws.LoadBalancerConfiguration;
import io.elbgateway.model.aws.LoadBalancerConfigurationSpec;
import io.elbgateway.model.aws.MergingMode;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.GatewayClass;
import io.elbgateway.model.gateway.GatewayInfrastructure;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.translate.status.Reasons;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds and merges a Gateway's LoadBalancerConfigurations: the GatewayClass's (through {@code
 * spec.parametersRef}) and the Gateway's own (through {@code spec.infrastructure.parametersRef}, in
 * the Gateway's namespace).
 *
 * <p>When both exist they are merged field by field ({@link LoadBalancerConfigurationMerge}); the
 * high-priority side is the GatewayClass's unless the GatewayClass's configuration says {@code
 * mergingMode: prefer-gateway} (the Gateway's {@code mergingMode} is not read). When one exists it is
 * used as it is; when neither does, the result is an empty spec.
 *
 * <p>A reference with the wrong group or kind, without namespace (class level), or naming a missing
 * object makes the result {@code InvalidParameters}, and so does an effective {@code
 * loadBalancerName} that ELB would refuse: the Gateway is then not accepted.
 */
public final class LoadBalancerConfigurations {
  private LoadBalancerConfigurations() {}

  /** The GatewayClass's and the Gateway's configurations, merged as {@code mergingMode} says. */
  public static LoadBalancerConfigurationResolution resolve(
      ClusterSnapshot snapshot, GatewayClass gatewayClass, Gateway gateway) {
    Optional<LoadBalancerConfiguration> classLevel = Optional.empty();
    if (gatewayClass.spec().parametersRef().isPresent()) {
      ParametersRefs.Result result =
          ParametersRefs.ofGatewayClass(
              snapshot, gatewayClass.metadata().name(), gatewayClass.spec().parametersRef().get());
      if (!result.ok()) {
        return LoadBalancerConfigurationResolution.invalid(result.problem().reason(), result.problem().message());
      }
      classLevel = Optional.of(result.configuration());
    }
    Optional<LoadBalancerConfiguration> gatewayLevel = Optional.empty();
    Optional<GatewayInfrastructure> infrastructure = gateway.spec().infrastructure();
    if (infrastructure.isPresent() && infrastructure.get().parametersRef().isPresent()) {
      ParametersRefs.Result result =
          ParametersRefs.ofGateway(
              snapshot,
              gateway.key().display(),
              gateway.metadata().namespace().orElse(""),
              infrastructure.get().parametersRef().get());
      if (!result.ok()) {
        return LoadBalancerConfigurationResolution.invalid(result.problem().reason(), result.problem().message());
      }
      gatewayLevel = Optional.of(result.configuration());
    }
    List<LoadBalancerConfiguration> levels = prioritized(classLevel, gatewayLevel);
    LoadBalancerConfigurationSpec spec;
    if (levels.isEmpty()) {
      spec = LoadBalancerConfigurationSpec.builder().build();
    } else if (levels.size() == 1) {
      spec = levels.get(0).spec();
    } else {
      spec = LoadBalancerConfigurationMerge.merge(levels.get(0).spec(), levels.get(1).spec());
    }
    if (spec.loadBalancerName().isPresent() && !LoadBalancerNames.isValid(spec.loadBalancerName().get())) {
      String owner =
          levels.stream()
              .filter(c -> c.spec().loadBalancerName().isPresent())
              .findFirst()
              .map(c -> c.key().display() + " ")
              .orElse("");
      return LoadBalancerConfigurationResolution.invalid(
          Reasons.INVALID_PARAMETERS,
          owner
              + ".spec.loadBalancerName: \""
              + spec.loadBalancerName().get()
              + "\" is not a load balancer name ELB accepts (1 to 32 letters, digits and hyphens, not"
              + " starting or ending with a hyphen, not starting with \"internal-\"); fix it or remove it"
              + " to get a generated name");
    }
    return LoadBalancerConfigurationResolution.of(spec);
  }

  /**
   * The configurations of a Gateway that exist, high priority first; references that cannot be
   * followed are left out. For naming the object that set a field in diagnostics.
   */
  static List<LoadBalancerConfiguration> prioritized(
      ClusterSnapshot snapshot, GatewayClass gatewayClass, Gateway gateway) {
    Optional<LoadBalancerConfiguration> classLevel =
        gatewayClass
            .spec()
            .parametersRef()
            .map(ref -> ParametersRefs.ofGatewayClass(snapshot, gatewayClass.metadata().name(), ref))
            .filter(ParametersRefs.Result::ok)
            .map(ParametersRefs.Result::configuration);
    Optional<LoadBalancerConfiguration> gatewayLevel =
        gateway
            .spec()
            .infrastructure()
            .flatMap(GatewayInfrastructure::parametersRef)
            .map(
                ref ->
                    ParametersRefs.ofGateway(
                        snapshot, gateway.key().display(), gateway.metadata().namespace().orElse(""), ref))
            .filter(ParametersRefs.Result::ok)
            .map(ParametersRefs.Result::configuration);
    return prioritized(classLevel, gatewayLevel);
  }

  private static List<LoadBalancerConfiguration> prioritized(
      Optional<LoadBalancerConfiguration> classLevel, Optional<LoadBalancerConfiguration> gatewayLevel) {
    List<LoadBalancerConfiguration> levels = new ArrayList<>();
    boolean preferGateway =
        classLevel.flatMap(c -> c.spec().mergingMode()).orElse(MergingMode.PREFER_GATEWAY_CLASS)
            == MergingMode.PREFER_GATEWAY;
    if (preferGateway) {
      gatewayLevel.ifPresent(levels::add);
      classLevel.ifPresent(levels::add);
    } else {
      classLevel.ifPresent(levels::add);
      gatewayLevel.ifPresent(levels::add);
    }
    return levels;
  }
}
