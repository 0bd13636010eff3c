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

/** The {@code HostHeaderRewriteConfig} of a host-header-rewrite transform. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHostHeaderRewriteConfig.class)
@JsonDeserialize(as = ImmutableHostHeaderRewriteConfig.class)
public interface HostHeaderRewriteConfig {

  @JsonProperty("Rewrites")
  List<RewriteConfig> rewrites();

  /** A builder. */
  static ImmutableHostHeaderRewriteConfig.Builder builder() {
    return ImmutableHostHeaderRewriteConfig.builder();
  }
}
