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
 * The {@code FixedResponseConfig} of a fixed-response action: the status code (2XX, 4XX or 5XX),
 * content type and body the load balancer answers with.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableFixedResponseActionConfig.class)
@JsonDeserialize(as = ImmutableFixedResponseActionConfig.class)
public interface FixedResponseActionConfig {

  @JsonProperty("MessageBody")
  Optional<String> messageBody();

  /** A status code such as {@code 404} or {@code 503}. */
  @JsonProperty("StatusCode")
  String statusCode();

  /**
   * {@code text/plain}, {@code text/css}, {@code text/html}, {@code application/javascript} or
   * {@code application/json}.
   */
  @JsonProperty("ContentType")
  Optional<String> contentType();

  /** A builder. */
  static ImmutableFixedResponseActionConfig.Builder builder() {
    return ImmutableFixedResponseActionConfig.builder();
  }
}
