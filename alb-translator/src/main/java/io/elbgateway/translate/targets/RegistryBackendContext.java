/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.targets;

import io.elbgateway.model.aws.LoadBalancerConfigurationSpec;
import io.elbgateway.model.meta.KubernetesObject;
import io.elbgateway.translate.DeviationCode;
import io.elbgateway.model.elb.Protocol;
import io.elbgateway.model.elb.TargetGroup;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.Route;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.translate.GatewayContext;
import io.elbgateway.translate.TranslatorOptions;
import io.elbgateway.translate.spi.BackendContext;

/**
 * The {@link BackendContext} of one {@link TargetGroupRegistry#forward} call: target groups
 * registered through it are held back until the forward is known to be valid, so that a rule that
 * fails (a quota) leaves no unused target group behind.
 */
final class RegistryBackendContext implements BackendContext {

  private final TargetGroupRegistry registry;
  private final GatewayContext gatewayContext;
  private final Route route;
  private final int ruleIndex;
  private final Protocol listenerProtocol;

  RegistryBackendContext(
      TargetGroupRegistry registry, GatewayContext gatewayContext, Route route, int ruleIndex, Protocol listenerProtocol) {
    this.registry = registry;
    this.gatewayContext = gatewayContext;
    this.route = route;
    this.ruleIndex = ruleIndex;
    this.listenerProtocol = listenerProtocol;
  }

  @Override
  public ClusterSnapshot snapshot() {
    return gatewayContext.snapshot();
  }

  @Override
  public TranslatorOptions options() {
    return gatewayContext.options();
  }

  @Override
  public Gateway gateway() {
    return gatewayContext.gateway();
  }

  @Override
  public Route route() {
    return route;
  }

  @Override
  public int ruleIndex() {
    return ruleIndex;
  }

  @Override
  public Protocol listenerProtocol() {
    return listenerProtocol;
  }

  @Override
  public LoadBalancerConfigurationSpec loadBalancerConfiguration() {
    return gatewayContext.loadBalancerConfiguration();
  }

  @Override
  public void report(KubernetesObject object, String path, DeviationCode code, String message) {
    gatewayContext.statuses().deviation(object, path, code, message);
  }

  @Override
  public String register(TargetGroup targetGroup) {
    return registry.registerPending(targetGroup);
  }
}
