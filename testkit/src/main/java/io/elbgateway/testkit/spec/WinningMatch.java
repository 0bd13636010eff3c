/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import io.elbgateway.model.ModelStyle;
import io.elbgateway.model.meta.ObjectKey;
import java.util.Optional;
import org.immutables.value.Value;

/** Which listener, route, rule and match served a request. */
@Value.Immutable
@ModelStyle
public interface WinningMatch {

  /** The name of the listener the route is attached through. */
  String listener();

  /** The route (HTTPRoute or GRPCRoute). */
  ObjectKey route();

  /** The index of the rule in {@code spec.rules}. */
  int ruleIndex();

  /** The rule's name, if it has one. */
  Optional<String> ruleName();

  /** The index of the match in the rule's {@code matches}; absent for a GRPCRoute rule without matches. */
  Optional<Integer> matchIndex();

  /** A builder. */
  static ImmutableWinningMatch.Builder builder() {
    return ImmutableWinningMatch.builder();
  }
}
