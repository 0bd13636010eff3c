/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.alb;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.elb.ActionType;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A listener took the request: which rule matched (or the listener's default actions), which
 * authenticate actions run before the routing action, what the routing action does, and the
 * request as it leaves the load balancer after the rule's transforms.
 */
@Value.Immutable
@ModelStyle
public non-sealed interface Handled extends AlbOutcome {

  /** The key of the listener that took the request. */
  String listenerKey();

  /** The key of the matching rule; empty when the listener's default actions ran. */
  Optional<String> ruleKey();

  /** The priority of the matching rule; empty when the listener's default actions ran. */
  Optional<Integer> priority();

  /** True when no rule matched and the listener's default actions ran. */
  default boolean defaultAction() {
    return ruleKey().isEmpty();
  }

  /**
   * The pre-routing actions ({@code authenticate-oidc}, {@code authenticate-cognito},
   * {@code jwt-validation}) that run before the routing action, in order. The evaluator does not
   * authenticate: {@link #result()} is what happens once authentication lets the request through.
   */
  List<ActionType> authenticate();

  /** What the routing action does. */
  AlbResult result();

  /** The request after the rule's transforms (the request itself when the rule has none). */
  HttpRequest request();

  /** A builder. */
  static ImmutableHandled.Builder builder() {
    return ImmutableHandled.builder();
  }
}
