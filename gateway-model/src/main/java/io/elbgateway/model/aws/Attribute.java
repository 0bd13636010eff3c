/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A {@code key}/{@code value} attribute of a load balancer, listener or target group, passed
 * verbatim to the ELBv2 {@code Modify*Attributes} call.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableAttribute.class)
@JsonDeserialize(as = ImmutableAttribute.class)
public interface Attribute {

  /** The attribute key, e.g. {@code idle_timeout.timeout_seconds}. */
  String key();

  /** The attribute value, always a string ({@code "true"}, {@code "60"}). */
  String value();

  /** An attribute. */
  static Attribute of(String key, String value) {
    return builder().key(key).value(value).build();
  }

  /** A builder. */
  static ImmutableAttribute.Builder builder() {
    return ImmutableAttribute.builder();
  }
}
