/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.alb;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;

/** No listener of the load balancer listens on the request's port: the connection is refused. */
@Value.Immutable
@ModelStyle
public non-sealed interface ConnectionRefused extends AlbOutcome {

  /** The port the client tried. */
  @Value.Parameter
  int port();
}
