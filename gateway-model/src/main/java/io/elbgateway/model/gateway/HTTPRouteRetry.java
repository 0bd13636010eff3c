/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Gateway API {@code HTTPRouteRetry} (Extended; experimental in v1.4): which responses to retry,
 * how often and with which backoff.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHTTPRouteRetry.class)
@JsonDeserialize(as = ImmutableHTTPRouteRetry.class)
public interface HTTPRouteRetry {

  /** HTTP status codes (400-599) to retry. */
  List<Integer> codes();

  /** How many retries after the first attempt; 0 disables retries. */
  Optional<Integer> attempts();

  /** The base backoff interval (Gateway API {@code Duration}). */
  Optional<String> backoff();

  /** A builder. */
  static ImmutableHTTPRouteRetry.Builder builder() {
    return ImmutableHTTPRouteRetry.builder();
  }
}
