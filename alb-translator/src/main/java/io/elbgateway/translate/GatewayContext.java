/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate;

import io.elbgateway.model.aws.LoadBalancerConfigurationSpec;
import io.elbgateway.model.elb.ElbKeys;
import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.GatewayClass;
import io.elbgateway.model.snapshot.ClusterSnapshot;
import io.elbgateway.translate.status.GatewayRecorder;
import io.elbgateway.translate.status.StatusCollector;
import java.util.Optional;

/**
 * What every stage of one Gateway's translation reads: the snapshot, the options and plugins, the
 * Gateway, its class and effective LoadBalancerConfiguration, the previous translation's stack of
 * this Gateway, and where statuses are reported. Internal to the translator.
 */
public final class GatewayContext {

  private final ClusterSnapshot snapshot;
  private final TranslatorOptions options;
  private final Plugins plugins;
  private final Gateway gateway;
  private final GatewayClass gatewayClass;
  private final LoadBalancerConfigurationSpec loadBalancerConfiguration;
  private final Optional<ElbStack> previous;
  private final StatusCollector statuses;

  GatewayContext(
      ClusterSnapshot snapshot,
      TranslatorOptions options,
      Plugins plugins,
      Gateway gateway,
      GatewayClass gatewayClass,
      LoadBalancerConfigurationSpec loadBalancerConfiguration,
      Optional<ElbStack> previous,
      StatusCollector statuses) {
    this.snapshot = snapshot;
    this.options = options;
    this.plugins = plugins;
    this.gateway = gateway;
    this.gatewayClass = gatewayClass;
    this.loadBalancerConfiguration = loadBalancerConfiguration;
    this.previous = previous;
    this.statuses = statuses;
  }

  public ClusterSnapshot snapshot() {
    return snapshot;
  }

  public TranslatorOptions options() {
    return options;
  }

  public Plugins plugins() {
    return plugins;
  }

  public Gateway gateway() {
    return gateway;
  }

  public GatewayClass gatewayClass() {
    return gatewayClass;
  }

  /** The controller name statuses are written with: the GatewayClass's. */
  public String controllerName() {
    return gatewayClass.spec().controllerName();
  }

  /**
   * The GatewayClass's and the Gateway's LoadBalancerConfigurations merged as {@code mergingMode}
   * says; an empty spec when neither exists.
   */
  public LoadBalancerConfigurationSpec loadBalancerConfiguration() {
    return loadBalancerConfiguration;
  }

  /** This Gateway's stack in the previous translation, for stable priorities. */
  public Optional<ElbStack> previous() {
    return previous;
  }

  public StatusCollector statuses() {
    return statuses;
  }

  /** The Gateway's status recorder. */
  public GatewayRecorder gatewayStatus() {
    return statuses.gateway(gateway);
  }

  /** The logical key of the Gateway's load balancer. */
  public String loadBalancerKey() {
    return ElbKeys.loadBalancer(gateway.key());
  }
}
