/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.translate.lb;

import io.elbgateway.model.elb.LoadBalancer;
import io.elbgateway.model.elb.LoadBalancerType;
import io.elbgateway.translate.GatewayContext;

/** STUB (helper replaces): the desired load balancer of a Gateway. */
public final class LoadBalancers {
  private LoadBalancers() {}

  /** The Gateway's ALB, from its effective LoadBalancerConfiguration and the options. */
  public static LoadBalancer build(GatewayContext context) {
    return LoadBalancer.builder()
        .key(context.loadBalancerKey())
        .name("stub")
        .type(LoadBalancerType.APPLICATION)
        .build();
  }
}
