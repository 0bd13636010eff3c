/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The gateway itself answers: 404 when no route matches (§4.3), 500 when the winning rule cannot
 * be served (no backends, all backends invalid, unresolvable ExtensionRef; §6.5), or the status
 * and body of a ListenerRuleConfiguration fixed response.
 */
@Value.Immutable
@ModelStyle
public non-sealed interface Status extends SpecOutcome {

  /** The HTTP status code. */
  int code();

  /** The body, for a fixed response that has one. */
  Optional<String> body();

  /** Why, in words, naming the field at fault where there is one. */
  String reason();

  /** A builder. */
  static ImmutableStatus.Builder builder() {
    return ImmutableStatus.builder();
  }
}
