/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The switches of {@link SpecRouter} for behaviour the spec leaves optional or open. */
@Value.Immutable
@ModelStyle
public interface SpecOptions {

  /** Where a {@code RegularExpression} path match ranks in the precedence order (§3.1, §4.3). */
  enum RegexPrecedence {
    /** Exact &gt; RegularExpression &gt; PathPrefix (what Envoy Gateway does, §4.5). */
    BEFORE_PREFIX,
    /** Exact &gt; PathPrefix &gt; RegularExpression (what AWS LBC does, §4.5). */
    AFTER_PREFIX
  }

  /**
   * Listener isolation (Extended feature {@code GatewayHTTPListenerIsolation}, §2.3): a request is
   * served only by routes attached to the most specific listener matching its host. Default on.
   * Off, routes of every listener on the port whose hostname matches compete.
   */
  @Value.Default
  default boolean listenerIsolation() {
    return true;
  }

  /**
   * Regex path precedence, implementation-specific per §3.1/§4.3; default
   * {@link RegexPrecedence#BEFORE_PREFIX}: a regex is taken as more specific than any prefix. Ties
   * among regexes go to the longer pattern.
   */
  @Value.Default
  default RegexPrecedence regexPrecedence() {
    return RegexPrecedence.BEFORE_PREFIX;
  }

  /**
   * When set, only Gateways whose GatewayClass has this {@code controllerName} are served; when
   * absent any existing GatewayClass will do.
   */
  Optional<String> controllerName();

  /** The defaults: isolation on, regex before prefix, any controller. */
  static SpecOptions defaults() {
    return builder().build();
  }

  /** A builder. */
  static ImmutableSpecOptions.Builder builder() {
    return ImmutableSpecOptions.builder();
  }
}
