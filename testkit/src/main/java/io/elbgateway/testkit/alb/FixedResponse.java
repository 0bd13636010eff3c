/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.testkit.alb;

import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A fixed-response action: the load balancer answers with the configured status and body. */
@Value.Immutable
@ModelStyle
public non-sealed interface FixedResponse extends AlbResult {

  /** The status code (2XX, 4XX or 5XX). */
  int statusCode();

  /** The content type, if configured. */
  Optional<String> contentType();

  /** The message body, if configured. */
  Optional<String> messageBody();

  /** A builder. */
  static ImmutableFixedResponse.Builder builder() {
    return ImmutableFixedResponse.builder();
  }
}
