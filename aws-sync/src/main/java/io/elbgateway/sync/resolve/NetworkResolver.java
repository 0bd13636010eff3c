/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.resolve;

import io.elbgateway.model.elb.LoadBalancer;
import io.elbgateway.model.elb.SubnetMapping;
import java.util.List;

/**
 * Turns a load balancer's network settings into IDs: subnet names and selectors into subnet IDs,
 * security group names into IDs, and a managed security group into the ID of the group that
 * implements it. These live in EC2, which the engine does not call itself: the caller decides how
 * (an EC2 client, a fixed table, its own inventory). {@link StaticNetwork} is a fixed table.
 */
public interface NetworkResolver {

  /**
   * The subnet mappings with subnet IDs: the load balancer's explicit mappings resolved, or the
   * subnets its selector picks.
   *
   * @throws ResolutionException naming the subnet or selector that did not resolve
   */
  List<SubnetMapping> subnets(LoadBalancer loadBalancer);

  /**
   * The security group IDs: the explicit ones resolved, plus the managed group's ID when the load
   * balancer asks for one. Empty means none are set (NLBs without security groups).
   *
   * @throws ResolutionException naming the group that did not resolve
   */
  List<String> securityGroups(LoadBalancer loadBalancer);
}
