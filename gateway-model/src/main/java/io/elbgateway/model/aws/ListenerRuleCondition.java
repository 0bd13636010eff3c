/*
 * Copyright 2026 The elbgateway maintainers.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.elbgateway.model.aws;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.elbgateway.model.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * An extra condition that a {@code ListenerRuleConfiguration} adds to the ALB rules of a route
 * rule; only {@code source-ip}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableListenerRuleCondition.class)
@JsonDeserialize(as = ImmutableListenerRuleCondition.class)
public interface ListenerRuleCondition {

  /** The request field; only {@code source-ip}. */
  ListenerRuleConditionField field();

  /** Required exactly when {@code field} is {@code source-ip} (CRD rule). */
  Optional<SourceIpConditionConfig> sourceIPConfig();

  /**
   * The indexes of the route rule's matches whose ALB rules get the condition. Absent: every ALB
   * rule of the route rule; present (even empty): only those.
   */
  @JsonInclude(value = JsonInclude.Include.NON_ABSENT, content = JsonInclude.Include.ALWAYS)
  Optional<List<Integer>> matchIndexes();

  /** A builder. */
  static ImmutableListenerRuleCondition.Builder builder() {
    return ImmutableListenerRuleCondition.builder();
  }
}
