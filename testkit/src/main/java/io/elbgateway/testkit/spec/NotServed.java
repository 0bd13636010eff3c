/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.spec;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;

/**
 * No accepted listener serves the port: the Gateway or its class is missing, or every listener on
 * the port is conflicted (§2.3) or of a non-HTTP protocol. A client would not get an HTTP answer.
 */
@Value.Immutable
@ModelStyle
public non-sealed interface NotServed extends SpecOutcome {

  /** Why, in words. */
  String reason();

  /** A builder. */
  static ImmutableNotServed.Builder builder() {
    return ImmutableNotServed.builder();
  }
}
