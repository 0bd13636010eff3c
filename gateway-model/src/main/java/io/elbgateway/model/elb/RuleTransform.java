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
 * A listener rule transform: rewrites the Host header or the URL after the rule was chosen and
 * before the request reaches the target; at most one of each type per rule.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableRuleTransform.class)
@JsonDeserialize(as = ImmutableRuleTransform.class)
public interface RuleTransform {

  @JsonProperty("Type")
  TransformType type();

  @JsonProperty("HostHeaderRewriteConfig")
  Optional<HostHeaderRewriteConfig> hostHeaderRewriteConfig();

  @JsonProperty("UrlRewriteConfig")
  Optional<UrlRewriteConfig> urlRewriteConfig();

  /** The config of {@link #type()} is present, no other. */
  @Value.Check
  default void checkConfigMatchesType() {
    boolean host = hostHeaderRewriteConfig().isPresent();
    boolean url = urlRewriteConfig().isPresent();
    boolean ok = type() == TransformType.HOST_HEADER_REWRITE ? host && !url : url && !host;
    if (!ok) {
      throw new IllegalStateException("a " + type() + " transform carries exactly its own config");
    }
  }

  /** A host-header-rewrite transform with one rewrite. */
  static RuleTransform hostHeaderRewrite(String regex, String replace) {
    return builder()
        .type(TransformType.HOST_HEADER_REWRITE)
        .hostHeaderRewriteConfig(
            ImmutableHostHeaderRewriteConfig.builder()
                .addRewrite(RewriteConfig.of(regex, replace))
                .build())
        .build();
  }

  /** A url-rewrite transform with one rewrite. */
  static RuleTransform urlRewrite(String regex, String replace) {
    return builder()
        .type(TransformType.URL_REWRITE)
        .urlRewriteConfig(
            ImmutableUrlRewriteConfig.builder()
                .addRewrite(RewriteConfig.of(regex, replace))
                .build())
        .build();
  }

  /** A builder. */
  static ImmutableRuleTransform.Builder builder() {
    return ImmutableRuleTransform.builder();
  }
}
