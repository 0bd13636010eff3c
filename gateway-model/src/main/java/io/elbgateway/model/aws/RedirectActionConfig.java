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
 * The settings of a redirect action that a {@code ListenerRuleConfiguration} adds to a route's
 * RequestRedirect filter: only the query.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableRedirectActionConfig.class)
@JsonDeserialize(as = ImmutableRedirectActionConfig.class)
public interface RedirectActionConfig {

  /**
   * The redirect query without the leading {@code ?}; may use ALB's reserved keywords. The CRD
   * default is {@code #{query}} (keep the request's query).
   */
  @Value.Default
  default String query() {
    return "#{query}";
  }

  /** A builder. */
  static ImmutableRedirectActionConfig.Builder builder() {
    return ImmutableRedirectActionConfig.builder();
  }
}
