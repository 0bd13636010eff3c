/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.gateway;

import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Gateway API {@code HTTPRouteTimeouts} (Extended, GEP-1742): Gateway API {@code Duration} strings;
 * {@code 0s} disables a timeout.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHTTPRouteTimeouts.class)
@JsonDeserialize(as = ImmutableHTTPRouteTimeouts.class)
public interface HTTPRouteTimeouts {

  /** The deadline for the whole client request. */
  Optional<String> request();

  /** The deadline for one request from the gateway to a backend; at most {@link #request()}. */
  Optional<String> backendRequest();

  /** {@link #request()} as a {@link java.time.Duration}, when set and well-formed. */
  default Optional<java.time.Duration> requestDuration() {
    return request().flatMap(HTTPRouteTimeouts::parseDuration);
  }

  /** {@link #backendRequest()} as a {@link java.time.Duration}, when set and well-formed. */
  default Optional<java.time.Duration> backendRequestDuration() {
    return backendRequest().flatMap(HTTPRouteTimeouts::parseDuration);
  }

  /**
   * Parses a Gateway API {@code Duration} (GEP-2257: up to four groups of 1-5 digits followed by
   * {@code h}, {@code m}, {@code s} or {@code ms}, e.g. {@code 1h30m}); empty when malformed.
   */
  static Optional<java.time.Duration> parseDuration(String text) {
    java.util.regex.Matcher whole = DURATION_FORMAT.matcher(text);
    if (!whole.matches()) {
      return Optional.empty();
    }
    java.time.Duration total = java.time.Duration.ZERO;
    java.util.regex.Matcher group = DURATION_GROUP.matcher(text);
    while (group.find()) {
      long amount = Long.parseLong(group.group(1));
      switch (group.group(2)) {
        case "h":
          total = total.plusHours(amount);
          break;
        case "m":
          total = total.plusMinutes(amount);
          break;
        case "s":
          total = total.plusSeconds(amount);
          break;
        default:
          total = total.plusMillis(amount);
          break;
      }
    }
    return Optional.of(total);
  }

  /** The whole-value pattern of a Gateway API {@code Duration}. */
  java.util.regex.Pattern DURATION_FORMAT =
      java.util.regex.Pattern.compile("^([0-9]{1,5}(h|m|s|ms)){1,4}$");

  /** One {@code <digits><unit>} group of a Gateway API {@code Duration}. */
  java.util.regex.Pattern DURATION_GROUP =
      java.util.regex.Pattern.compile("([0-9]{1,5})(ms|h|m|s)");

  /** A builder. */
  static ImmutableHTTPRouteTimeouts.Builder builder() {
    return ImmutableHTTPRouteTimeouts.builder();
  }
}
