/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.alb;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;

/**
 * One entry of an ordered multimap: a request header ({@code name: value}) or a query parameter
 * ({@code name=value}). Names may repeat in a request; the order is the order on the wire.
 */
@Value.Immutable
@ModelStyle
public interface NameValue {

  /** The header name or query parameter key, as sent. */
  @Value.Parameter
  String name();

  /** The value, as sent (empty for a query parameter written without {@code =}). */
  @Value.Parameter
  String value();

  /** A name and value. */
  static NameValue of(String name, String value) {
    return ImmutableNameValue.of(name, value);
  }
}
