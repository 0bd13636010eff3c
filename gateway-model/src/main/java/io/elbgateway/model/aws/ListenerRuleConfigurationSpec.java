/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import io.elbgateway.model.ModelStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The AWS-only additions to the ALB rules of a route rule: pre-routing and routing actions,
 * source-ip conditions, tags.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableListenerRuleConfigurationSpec.class)
@JsonDeserialize(as = ImmutableListenerRuleConfigurationSpec.class)
public interface ListenerRuleConfigurationSpec {

  /**
   * One or two actions: at most one pre-routing (authenticate-*, jwt-validation) and at most one
   * routing (forward, redirect, fixed-response).
   */
  List<Action> actions();

  /** Extra conditions (at least one when set). */
  List<ListenerRuleCondition> conditions();

  /** AWS tags on the ALB rules created for routes using this configuration. */
  Map<String, String> tags();

  /** A builder. */
  static ImmutableListenerRuleConfigurationSpec.Builder builder() {
    return ImmutableListenerRuleConfigurationSpec.builder();
  }
}
