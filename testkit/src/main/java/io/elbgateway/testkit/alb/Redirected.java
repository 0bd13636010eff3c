/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.alb;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;

/** A redirect action: the load balancer answers with a 301 or 302 and a Location. */
@Value.Immutable
@ModelStyle
public non-sealed interface Redirected extends AlbResult {

  /** 301 or 302. */
  @Value.Parameter
  int statusCode();

  /** The absolute URL of the Location header. */
  @Value.Parameter
  String location();

  /** A status and a location. */
  static Redirected of(int statusCode, String location) {
    return ImmutableRedirected.of(statusCode, location);
  }
}
