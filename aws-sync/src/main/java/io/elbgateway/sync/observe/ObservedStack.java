/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.sync.observe;

import io.elbgateway.model.ModelStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * What AWS has of one stack: the load balancer and target groups whose ownership tags name this
 * cluster and stack. Empty for a stack that does not exist yet.
 */
@Value.Immutable
@ModelStyle
public interface ObservedStack {

  /** The stack tag value ({@code namespace/name} of the Gateway, or its hash). */
  String stack();

  /**
   * The load balancers; normally none or one. More than one appear only when a run was interrupted
   * while replacing one, or the desired name changed; the plan keeps the one it wants.
   */
  List<ObservedLoadBalancer> loadBalancers();

  /** The target groups, by name. */
  List<ObservedTargetGroup> targetGroups();

  /** Whether nothing of the stack exists. */
  default boolean empty() {
    return loadBalancers().isEmpty() && targetGroups().isEmpty();
  }

  /** A builder. */
  static ImmutableObservedStack.Builder builder() {
    return ImmutableObservedStack.builder();
  }
}
