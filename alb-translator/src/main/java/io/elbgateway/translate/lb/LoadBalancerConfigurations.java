/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.lb;

import io.elbgateway.model.aws.LoadBalancerConfigurationSpec;
import io.elbgateway.model.gateway.Gateway;
import io.elbgateway.model.gateway.GatewayClass;
import io.elbgateway.model.snapshot.ClusterSnapshot;

/** STUB (helper replaces): finds and merges a Gateway's LoadBalancerConfigurations. */
public final class LoadBalancerConfigurations {
  private LoadBalancerConfigurations() {}

  /** The GatewayClass's and the Gateway's configurations, merged as {@code mergingMode} says. */
  public static LoadBalancerConfigurationResolution resolve(
      ClusterSnapshot snapshot, GatewayClass gatewayClass, Gateway gateway) {
    return LoadBalancerConfigurationResolution.of(LoadBalancerConfigurationSpec.builder().build());
  }
}
