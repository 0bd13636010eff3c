/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A fixed response that replaces the route rule's backends. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableFixedResponseActionConfig.class)
@JsonDeserialize(as = ImmutableFixedResponseActionConfig.class)
public interface FixedResponseActionConfig {

  /** The HTTP status code, 200-299 or 400-599 (CRD rule). */
  int statusCode();

  /** The content type; the CRD default is {@code text/plain}. */
  @Value.Default
  default FixedResponseContentType contentType() {
    return FixedResponseContentType.TEXT_PLAIN;
  }

  /** The response body. */
  Optional<String> messageBody();

  /** A builder. */
  static ImmutableFixedResponseActionConfig.Builder builder() {
    return ImmutableFixedResponseActionConfig.builder();
  }
}
