/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import io.elbgateway.model.ModelStyle;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The AWS WAFv2 web ACL associated with an ALB ({@code spec.wafV2}). */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableWafV2Configuration.class)
@JsonDeserialize(as = ImmutableWafV2Configuration.class)
public interface WafV2Configuration {

  /** The web ACL, passed as its ARN to {@code AssociateWebACL}. */
  String webACL();

  /** A builder. */
  static ImmutableWafV2Configuration.Builder builder() {
    return ImmutableWafV2Configuration.builder();
  }
}
