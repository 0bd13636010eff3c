/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.cli;

import io.elbgateway.model.elb.ElbStack;
import io.elbgateway.sync.SyncResult;
import io.elbgateway.sync.apply.ApplyProgress;
import io.elbgateway.sync.plan.Plan;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;

/** Where plan and apply go: the built-in in-memory AWS with its state file, or a real account. */
interface Target extends AutoCloseable {

  /** One line for the user: what is planned against. */
  String describe();

  /** What the target decided on the user's behalf (subnets it picked), to show with the plan. */
  List<String> notes();

  /** The stacks applied last time, for stable rule priorities; empty when unknown. */
  List<ElbStack> previous();

  /** The plans that make the target match {@code desired}; nothing is changed. */
  List<Plan> plan(List<ElbStack> desired);

  /** Applies one plan. */
  SyncResult apply(Plan plan, ApplyProgress progress);

  /** Records that {@code desired} is now applied (the in-memory target writes its state file). */
  void applied(List<ElbStack> desired);

  /** The DNS name of the stack's load balancer, when it exists. */
  Optional<String> dnsName(ElbStack stack);

  /** The DNS name of the stack's load balancer as this client sees it; empty when there is none. */
  static Optional<String> dnsName(ElasticLoadBalancingV2Client elbv2, ElbStack stack) {
    try {
      return elbv2.describeLoadBalancers(r -> r.names(stack.loadBalancer().name())).loadBalancers().stream()
          .findFirst()
          .map(lb -> lb.dnsName());
    } catch (SdkException e) {
      return Optional.empty();
    }
  }

  @Override
  void close();
}
