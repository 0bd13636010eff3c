/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.elbgateway.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The {@code RedirectConfig} of a redirect action: the parts of the URL to change ({@code
 * #{protocol}}, {@code #{host}}, {@code #{port}}, {@code #{path}}, {@code #{query}} keep the
 * request's value) and the status code.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableRedirectActionConfig.class)
@JsonDeserialize(as = ImmutableRedirectActionConfig.class)
public interface RedirectActionConfig {

  /** {@code HTTP}, {@code HTTPS} or {@code #{protocol}}. */
  @JsonProperty("Protocol")
  Optional<String> protocol();

  /** A port number or {@code #{port}}. */
  @JsonProperty("Port")
  Optional<String> port();

  @JsonProperty("Host")
  Optional<String> host();

  /** An absolute path, starting with {@code /}. */
  @JsonProperty("Path")
  Optional<String> path();

  /** The query string without the leading {@code ?}. */
  @JsonProperty("Query")
  Optional<String> query();

  @JsonProperty("StatusCode")
  RedirectStatusCode statusCode();

  /** A builder. */
  static ImmutableRedirectActionConfig.Builder builder() {
    return ImmutableRedirectActionConfig.builder();
  }
}
