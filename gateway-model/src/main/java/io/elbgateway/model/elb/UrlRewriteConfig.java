/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.elb;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.elbgateway.model.ModelStyle;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The {@code UrlRewriteConfig} of a url-rewrite transform (path and query). */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableUrlRewriteConfig.class)
@JsonDeserialize(as = ImmutableUrlRewriteConfig.class)
public interface UrlRewriteConfig {

  @JsonProperty("Rewrites")
  List<RewriteConfig> rewrites();

  /** A builder. */
  static ImmutableUrlRewriteConfig.Builder builder() {
    return ImmutableUrlRewriteConfig.builder();
  }
}
